using System.Globalization;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Lists;

/// <summary>A curator starts a list: title, slug, description; papers are added on the edit page it leads to.</summary>
public sealed class NewModel(ListEditor editor) : PageModel
{
    [BindProperty]
    public NewListForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid
            ? await editor.CreateAsync(new NewList(Form.Title, Form.Slug, Form.Description), User.AsCurator(), cancellationToken)
            : null;
        if (outcome is EditOutcome.Saved { Id: { } id })
        {
            TempData["Saved"] = "The list was created. Add its papers below.";
            return Redirect(string.Create(CultureInfo.InvariantCulture, $"/curate/lists/{id}/edit"));
        }

        foreach (var (field, message) in (outcome as EditOutcome.Invalid)?.Errors ?? new Dictionary<string, string>())
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"Form.{field}", message);
        }

        return Page();
    }
}
