using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Papers;

public sealed class HistoryModel(CatalogDbContext db) : PageModel
{
    public PaperEditView? Paper { get; private set; }

    public IReadOnlyList<ChangeRow> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Paper = await db.Papers.AsNoTracking().Where(p => p.Id == id).Select(p => new PaperEditView(p.Id, p.Slug, p.Title, new List<OpenFlag>())).SingleOrDefaultAsync(cancellationToken);
        if (Paper is null)
        {
            return NotFound();
        }

        // The paper's own entries, and those of its summaries and flags.
        var summaryIds = db.Summaries.Where(s => s.PaperId == id).Select(s => s.Id);
        var flagIds = db.ReviewFlags.Where(f => f.PaperId == id).Select(f => f.Id);
        Changes = await ChangeRecords.Query(db, a => (a.EntityType == AuditEntities.Paper && a.EntityId == id)
                || (a.EntityType == AuditEntities.Summary && summaryIds.Contains(a.EntityId))
                || (a.EntityType == AuditEntities.ReviewFlag && flagIds.Contains(a.EntityId)))
            .Take(500)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
