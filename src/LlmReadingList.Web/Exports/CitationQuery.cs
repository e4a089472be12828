using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Exports;

/// <summary>Loads the citation records of the given papers, in the given order, with a fixed number of SQL commands.</summary>
public sealed class CitationQuery(CatalogDbContext db)
{
    public async Task<IReadOnlyList<CitationRecord>> LoadAsync(IReadOnlyList<long> paperIds, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
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
                p.Year,
                p.ArxivId,
                Titles = p.Titles.OrderBy(t => t.Id).Select(t => t.Title).ToList(),
                Authors = p.Authors.OrderBy(a => a.Position).ThenBy(a => a.AuthorId)
                    .Select(a => new CitationAuthor(a.Author!.Name, a.Author.Kind)).ToList(),
                Links = p.Links.OrderBy(l => l.Id).Select(l => new CitationLink(l.Kind, l.Url)).ToList(),
                Tags = p.Tags.OrderBy(t => t.Tag!.Name).Select(t => t.Tag!.Name).ToList(),
                Lists = p.ListEntries.OrderBy(e => e.List!.Title).Select(e => e.List!.Title).ToList(),
            })
            .ToListAsync(cancellationToken);

        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            return new CitationRecord(
                r.Id, r.Slug, r.Title, r.Titles.Where(t => t != r.Title).Distinct().ToList(), r.Year, r.ArxivId,
                r.Authors, r.Links, absoluteUrl(CatalogPaths.Paper(r.Slug)), r.Tags, r.Lists);
        }).ToList();
    }
}
