using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>How many papers each year has; <see cref="Year"/> null counts the papers whose year is unknown.</summary>
public sealed record YearCount(int? Year, int Papers);

public sealed record YearOverview(IReadOnlyList<YearCount> Years, int Undated)
{
    public int Largest => Years.Count == 0 ? 0 : Years.Max(y => y.Papers);

    /// <summary>A bar's length out of 100 (at least 1, so every year stays visible).</summary>
    public int BarLength(YearCount year) => Largest == 0 ? 0 : Math.Max(1, (int)Math.Round(100.0 * year.Papers / Largest));
}

/// <summary>Papers per year, shared by the home page and the years index.</summary>
public sealed class YearCountsQuery(CatalogDbContext db)
{
    public async Task<YearOverview> RunAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .GroupBy(p => p.Year)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var years = counts.Where(c => c.Year is not null).OrderBy(c => c.Year).ToList();
        return new YearOverview(years, counts.Where(c => c.Year is null).Sum(c => c.Papers));
    }
}
