using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Feeds;

/// <summary>A feed entry's data for a paper, in one shape for every paper feed.</summary>
public sealed record PaperFeedItem(
    long Id,
    string Slug,
    string Title,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> Authors,
    IReadOnlyList<(string Slug, string Name)> Tags,
    string? Summary);

public sealed record ListFeedHeader(string Slug, string Title, string? Description, long? SourceId, DateTimeOffset UpdatedAt);

/// <summary>Loads feed items for papers in the given order (a fixed number of SQL commands), and the newest papers.</summary>
public sealed class PaperFeedQuery(CatalogDbContext db)
{
    public Task<List<long>> NewestAsync(int count, CancellationToken cancellationToken) =>
        db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => p.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

    public Task<ListFeedHeader?> ListAsync(long listId, CancellationToken cancellationToken) =>
        db.ReadingLists.AsNoTracking()
            .Where(l => l.Id == listId)
            .Select(l => new ListFeedHeader(l.Slug, l.Title, l.Description, l.SourceId, l.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);

    /// <param name="preferredSourceId">Whose summary to show when a paper has several (a list's own article).</param>
    public async Task<IReadOnlyList<PaperFeedItem>> LoadAsync(IReadOnlyList<long> paperIds, long? preferredSourceId, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }

        var ids = paperIds.Distinct().ToList();
        var rows = await db.Papers.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .AsSplitQuery()
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Title,
                p.CreatedAt,
                p.UpdatedAt,
                Authors = p.Authors.OrderBy(a => a.Position).ThenBy(a => a.AuthorId).Select(a => a.Author!.Name).ToList(),
                Tags = p.Tags.OrderBy(t => t.Tag!.Name).Select(t => new { t.Tag!.Slug, t.Tag.Name }).ToList(),
                Summaries = p.Summaries.OrderBy(s => s.Id).Select(s => new { s.SourceId, s.Language, s.BodyMarkdown }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var summary = r.Summaries.FirstOrDefault(s => s.SourceId == preferredSourceId)
                ?? r.Summaries.FirstOrDefault(s => s.Language == "en")
                ?? r.Summaries.FirstOrDefault();
            return new PaperFeedItem(
                r.Id, r.Slug, r.Title, r.CreatedAt, r.UpdatedAt, r.Authors,
                r.Tags.Select(t => (t.Slug, t.Name)).ToList(), SummaryExcerpt.From(summary?.BodyMarkdown));
        }).ToList();
    }
}
