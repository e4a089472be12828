using System.Globalization;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.History;

/// <summary>Restores the value before one audited change (or undoes a merge), then shows the record it restored.</summary>
public sealed class RestoreModel(CatalogDbContext db, HistoryRestorer restorer) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet() => RedirectPermanent("/curate/history");

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var entityType = await db.AuditEntries.AsNoTracking().Where(a => a.Id == id).Select(a => a.EntityType).SingleOrDefaultAsync(cancellationToken);
        return await restorer.RestoreAsync(id, User.AsCurator(), cancellationToken) switch
        {
            EditOutcome.Saved saved => LocalRedirect(Destination(entityType, saved)),
            EditOutcome.NotFound => NotFound(),
            EditOutcome.Conflict => Show("The record changed since this page was loaded; reload the history and try again.", StatusCodes.Status409Conflict),
            EditOutcome.Invalid invalid => Show(string.Join(" ", invalid.Errors.Values), StatusCodes.Status422UnprocessableEntity),
            _ => NotFound(),
        };
    }

    private static string Destination(string? entityType, EditOutcome.Saved saved) => (entityType, saved) switch
    {
        (AuditEntities.Paper, { Slug: { } slug }) => $"/papers/{slug}",
        (AuditEntities.List, { Id: { } list }) => string.Create(CultureInfo.InvariantCulture, $"/curate/lists/{list}/edit"),
        (AuditEntities.Tag, _) => "/curate/tags",
        (AuditEntities.Author, { Id: { } author }) => string.Create(CultureInfo.InvariantCulture, $"/curate/authors/{author}/edit"),
        _ => "/curate/history",
    };

    private PageResult Show(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
