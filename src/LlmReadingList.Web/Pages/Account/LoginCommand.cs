using LlmReadingList.Catalog.Data.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LlmReadingList.Web.Pages.Account;

/// <summary>Signs a curator in; every failure gets the same message so it does not reveal which accounts exist.</summary>
public sealed class LoginCommand(SignInManager<CatalogUser> signIn)
{
    public const string Failed = "That email and password do not match an active account.";
    public const string LockedOut = "Too many failed attempts: this account is locked for 15 minutes.";

    public async Task<IActionResult> RunAsync(LoginModel page)
    {
        if (!page.ModelState.IsValid)
        {
            return page.Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(page.Input.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, page.Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return page.LocalRedirect(page.Url.IsLocalUrl(page.ReturnUrl) ? page.ReturnUrl! : "/curate");
        }

        page.ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedOut : Failed);
        return page.Page();
    }
}
