using System.ComponentModel.DataAnnotations;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Users;

public sealed record AccountRow(string Id, string Email, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut, DateTimeOffset CreatedAt);

public sealed class NewCuratorInput
{
    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "A password needs at least 12 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;
}

/// <summary>Admins create curator accounts and disable or re-enable them. Disabled accounts keep their history.</summary>
public sealed partial class IndexModel(UserManager<CatalogUser> users, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public NewCuratorInput NewCurator { get; set; } = new();

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var outcome = await new AccountCreator(users).CreateAsync(NewCurator.Email, NewCurator.Password, CatalogRoles.Curator, null, resetExisting: false);
            if (outcome.Succeeded)
            {
                LogCreated(NewCurator.Email, User.Identity?.Name);
                TempData["Saved"] = $"Curator {NewCurator.Email} created.";
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, outcome.Error!);
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string id) => SetDisabledAsync(id, true);

    public Task<IActionResult> OnPostEnableAsync(string id) => SetDisabledAsync(id, false);

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && user.UserName == User.Identity?.Name)
        {
            TempData["Saved"] = "You cannot disable your own account.";
            return RedirectToPage();
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        // A new security stamp signs the account out everywhere at the next validation.
        await users.UpdateSecurityStampAsync(user);
        LogDisabled(user.Email ?? id, disabled, User.Identity?.Name);
        TempData["Saved"] = $"{user.Email} {(disabled ? "disabled" : "enabled")}.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var rows = new List<AccountRow>();
        foreach (var user in all)
        {
            rows.Add(new AccountRow(user.Id, user.Email ?? user.UserName ?? user.Id, [.. await users.GetRolesAsync(user)], user.IsDisabled,
                user.LockoutEnd > DateTimeOffset.UtcNow, user.CreatedAt));
        }

        Accounts = rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator account {Email} created by {Admin}")]
    private partial void LogCreated(string email, string? admin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} disabled={Disabled} by {Admin}")]
    private partial void LogDisabled(string email, bool disabled, string? admin);
}
