using LlmReadingList.Catalog.Curation;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.History;

/// <summary>Restores the value before one audited change (or undoes a merge), then returns to the history it came from.</summary>
public sealed class RestoreModel(HistoryRestorer restorer) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet() => RedirectPermanent("/curate/history");

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        await restorer.RestoreAsync(id, User.AsCurator(), cancellationToken) switch
        {
            EditOutcome.Saved saved => LocalRedirect(saved.Slug is null ? "/curate/history" : $"/papers/{saved.Slug}"),
            EditOutcome.NotFound => NotFound(),
            EditOutcome.Conflict => Show("The record changed since this page was loaded; reload the history and try again.", StatusCodes.Status409Conflict),
            EditOutcome.Invalid invalid => Show(string.Join(" ", invalid.Errors.Values), StatusCodes.Status422UnprocessableEntity),
            _ => NotFound(),
        };

    private PageResult Show(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
