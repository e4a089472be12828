using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Selections;

/// <summary>
/// The plain search the exports use until the search page's engine is registered: papers whose title, another title
/// or a summary contains the text (case-insensitive), title matches first, then newest.
/// </summary>
public sealed class TextMatchPaperSearch(CatalogDbContext db) : IPaperSearch
{
    public async Task<IReadOnlyList<long>> FindAsync(PaperSearchRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.IsEmpty)
        {
            return [];
        }

        var pattern = "%" + EscapeLike(request.Text) + "%";
        return await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .Where(p => EF.Functions.ILike(p.Title, pattern, @"\")
                || p.Titles.Any(t => EF.Functions.ILike(t.Title, pattern, @"\"))
                || p.Summaries.Any(s => EF.Functions.ILike(s.BodyMarkdown, pattern, @"\")))
            .OrderByDescending(p => EF.Functions.ILike(p.Title, pattern, @"\"))
            .ThenByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Select(p => p.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
