using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Papers;

/// <summary>
/// Papers that share authors, tags or lists with a paper. A shared author says most about a paper, a shared list
/// least (a long list relates everything in it), so they are weighted 3, 2 and 1.
/// </summary>
public sealed class RelatedPapersQuery(CatalogDbContext db)
{
    public const int Count = 6;

    public async Task<IReadOnlyList<PaperCard>> RunAsync(long paperId, CancellationToken cancellationToken)
    {
        var authors = db.PaperAuthors.Where(a => a.PaperId == paperId).Select(a => a.AuthorId);
        var tags = db.PaperTags.Where(t => t.PaperId == paperId).Select(t => t.TagId);
        var lists = db.ListEntries.Where(e => e.PaperId == paperId).Select(e => e.ListId);
        var ids = await db.Papers.AsNoTracking()
            .Where(p => p.Id != paperId && p.MergedIntoId == null)
            .Select(p => new
            {
                p.Id,
                p.Year,
                p.Title,
                Score = p.Authors.Count(a => authors.Contains(a.AuthorId)) * 3
                    + p.Tags.Count(t => tags.Contains(t.TagId)) * 2
                    + p.ListEntries.Count(e => lists.Contains(e.ListId)),
            })
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Year ?? 0).ThenBy(p => p.Title)
            .Take(Count)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var cards = await db.Papers.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return cards.OrderBy(c => ids.IndexOf(c.Id)).ToList();
    }
}
