using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Tags;

public sealed record TagDetails(string Name, string Slug, string? Description)
{
    public IReadOnlyList<PaperCard> Papers { get; init; } = [];
}

/// <summary>A tag with how many papers carry it.</summary>
public sealed record TagRow(string Name, string Slug, int Papers);

public sealed class TagDetailsQuery(CatalogDbContext db)
{
    public async Task<Lookup<TagDetails>> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new { t.Id, Details = new TagDetails(t.Name, t.Slug, t.Description) })
            .FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            var target = await db.TargetAsync(SlugRedirects.Tag, slug, cancellationToken);
            var current = target is null ? null : await db.Tags.Where(t => t.Id == target).Select(t => t.Slug).FirstOrDefaultAsync(cancellationToken);
            return current is null ? Lookup<TagDetails>.Missing : Lookup<TagDetails>.Moved(Paths.Tag(current));
        }

        var papers = await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.Tags.Any(t => t.TagId == tag.Id))
            .OrderByDescending(p => p.Year.HasValue).ThenByDescending(p => p.Year).ThenBy(p => p.Title)
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return Lookup<TagDetails>.Show(tag.Details with { Papers = papers });
    }
}

public sealed class TagIndexQuery(CatalogDbContext db)
{
    public async Task<IReadOnlyList<TagRow>> RunAsync(CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TagRow(t.Name, t.Slug, t.Papers.Count(pt => pt.Paper!.MergedIntoId == null)))
            .ToListAsync(cancellationToken);
}
