using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Years;

/// <summary>The papers of one year (or of no known year, <see cref="Year"/> null) and the nearest years that have papers.</summary>
public sealed record YearDetails(int? Year, int? Previous, int? Next, IReadOnlyList<PaperCard> Papers);

public sealed class YearDetailsQuery(CatalogDbContext db)
{
    public async Task<Lookup<YearDetails>> FindAsync(int? year, CancellationToken cancellationToken)
    {
        var papers = await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.Year == year)
            .OrderBy(p => p.Title)
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (papers.Count == 0 || year is null)
        {
            return papers.Count == 0 ? Lookup<YearDetails>.Missing : Lookup<YearDetails>.Show(new YearDetails(null, null, null, papers));
        }

        var listed = db.Papers.Where(p => p.MergedIntoId == null && p.Year != null);
        var previous = await listed.Where(p => p.Year < year).MaxAsync(p => p.Year, cancellationToken);
        var next = await listed.Where(p => p.Year > year).MinAsync(p => p.Year, cancellationToken);
        return Lookup<YearDetails>.Show(new YearDetails(year, previous, next, papers));
    }
}
