using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Import;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Lists;

public sealed record ListRow(long Id, string Title, string Slug, int Entries, string? Source, bool ArrangedByCurators, DateTimeOffset UpdatedAt);

public sealed class IndexModel(CatalogDbContext db) : PageModel
{
    public IReadOnlyList<ListRow> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lists = await db.ReadingLists.AsNoTracking()
            .OrderBy(l => l.Title)
            .Select(l => new ListRow(l.Id, l.Title, l.Slug, l.Entries.Count, l.Source == null ? null : l.Source.Title, l.CuratedFields.Contains(ListFields.Entries), l.UpdatedAt))
            .ToListAsync(cancellationToken);
}
