using LlmReadingList.Catalog.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate;

public sealed record FlagCount(string Kind, int Count);

public sealed class IndexModel(CatalogDbContext db) : PageModel
{
    public IReadOnlyList<FlagCount> OpenFlags { get; private set; } = [];

    public IReadOnlyList<ChangeRow> RecentChanges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OpenFlags = await db.ReviewFlags.AsNoTracking().Where(f => f.ResolvedAt == null)
            .GroupBy(f => f.Kind).Select(g => new FlagCount(g.Key.ToString(), g.Count())).ToListAsync(cancellationToken);
        RecentChanges = await ChangeRecords.Query(db).Take(10).ToListAsync(cancellationToken);
    }
}
