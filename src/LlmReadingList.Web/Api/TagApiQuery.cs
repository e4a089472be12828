using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Api;

/// <summary>A tag with the number of (unmerged) papers carrying it; <see cref="PapersUrl"/> lists them.</summary>
public sealed record TagResource(long Id, string Slug, string Name, string? Description, int PaperCount, string HtmlUrl, string PapersUrl);

public sealed record TagCollection(IReadOnlyList<TagResource> Items);

public sealed class TagApiQuery(CatalogDbContext db)
{
    public async Task<TagCollection> AllAsync(ApiLinks links, CancellationToken cancellationToken) =>
        new(await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new TagResource(
                t.Id, t.Slug, t.Name, t.Description, t.Papers.Count(pt => pt.Paper!.MergedIntoId == null), links.TagPage(t.Slug), links.PapersWith("tag", t.Slug)))
            .ToListAsync(cancellationToken));
}
