using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Crawlers;

public sealed record SitemapUrl(string Path, DateTimeOffset? LastModified);

/// <summary>Every public page the catalog has: the fixed pages, then each list, paper (not merged), author, year and tag.</summary>
public sealed class SitemapQuery(CatalogDbContext db)
{
    private static readonly string[] FixedPages =
        [CatalogPaths.Home, CatalogPaths.Lists, CatalogPaths.Authors, CatalogPaths.Years, CatalogPaths.Tags, CatalogPaths.Search];

    public async IAsyncEnumerable<SitemapUrl> UrlsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in FixedPages)
        {
            yield return new SitemapUrl(page, null);
        }

        await foreach (var list in db.ReadingLists.AsNoTracking().OrderBy(l => l.Slug)
            .Select(l => new { l.Slug, l.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new SitemapUrl(CatalogPaths.List(list.Slug), list.UpdatedAt);
        }

        await foreach (var paper in db.Papers.AsNoTracking().Where(p => p.MergedIntoId == null).OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new SitemapUrl(CatalogPaths.Paper(paper.Slug), paper.UpdatedAt);
        }

        await foreach (var author in db.Authors.AsNoTracking().Where(a => a.MergedIntoId == null).OrderBy(a => a.Slug)
            .Select(a => new { a.Slug, a.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new SitemapUrl(CatalogPaths.Author(author.Slug), author.UpdatedAt);
        }

        await foreach (var year in db.Papers.AsNoTracking().Where(p => p.MergedIntoId == null && p.Year != null)
            .Select(p => p.Year!.Value).Distinct().OrderByDescending(y => y).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new SitemapUrl(CatalogPaths.Year(year), null);
        }

        await foreach (var tag in db.Tags.AsNoTracking().OrderBy(t => t.Slug).Select(t => t.Slug).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new SitemapUrl(CatalogPaths.Tag(tag), null);
        }
    }
}
