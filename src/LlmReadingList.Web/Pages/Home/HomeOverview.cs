using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Home;

public sealed record HomeOverview(IReadOnlyList<ListSummary> Lists, IReadOnlyList<PaperCard> RecentPapers, YearOverview Years);

public sealed class HomeOverviewQuery(CatalogDbContext db, YearCountsQuery yearCounts, ListSummariesQuery lists)
{
    public const int RecentCount = 8;

    public async Task<HomeOverview> RunAsync(CancellationToken cancellationToken)
    {
        var recent = await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Take(RecentCount)
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new HomeOverview(await lists.RunAsync(cancellationToken), recent, await yearCounts.RunAsync(cancellationToken));
    }
}
