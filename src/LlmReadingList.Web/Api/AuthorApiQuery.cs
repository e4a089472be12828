using System.Globalization;
using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Api;

/// <summary>A person or organisation with the number of (unmerged) papers credited to it.</summary>
public sealed record AuthorSummaryResource(long Id, string Slug, string Name, AuthorKind Kind, int PaperCount, string Url, string HtmlUrl);

public sealed record AuthorPage(int Total, int Page, int PageSize, int PageCount, PageLinks Links, IReadOnlyList<AuthorSummaryResource> Items);

/// <summary>One author with the other names imports know it by and its papers, newest first.</summary>
public sealed record AuthorResource(
    long Id,
    string Slug,
    string Name,
    AuthorKind Kind,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<PaperRef> Papers,
    string Url,
    string HtmlUrl,
    string PapersUrl);

/// <summary>Authors, a page at a time by name; one author by id (a merged author moves to the one that survives).</summary>
public sealed class AuthorApiQuery(CatalogDbContext db)
{
    public const int PageSize = 100;

    // Keeps the offset within int: past this no catalog has authors.
    public const int MaxPage = 100_000;

    public async Task<AuthorPage> PageAsync(int page, ApiLinks links, CancellationToken cancellationToken)
    {
        var authors = db.Authors.AsNoTracking().Where(a => a.MergedIntoId == null);
        var total = await authors.CountAsync(cancellationToken);
        var items = await authors
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new AuthorSummaryResource(
                a.Id, a.Slug, a.Name, a.Kind, a.Papers.Count(pa => pa.Paper!.MergedIntoId == null), links.Author(a.Id), links.AuthorPage(a.Slug)))
            .ToListAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return new AuthorPage(total, page, PageSize, pageCount, new PageLinks(
            PageUrl(links, page),
            PageUrl(links, 1),
            page > 1 ? PageUrl(links, Math.Min(page - 1, pageCount)) : null,
            page < pageCount ? PageUrl(links, page + 1) : null,
            links.Absolute(Infrastructure.CatalogPaths.Authors)), items);
    }

    public async Task<ApiLookup<AuthorResource>> FindAsync(long id, ApiLinks links, CancellationToken cancellationToken)
    {
        if (await MergeSurvivors.AuthorAsync(db, id, cancellationToken) is not { } survivor)
        {
            return ApiLookup<AuthorResource>.Missing;
        }

        if (survivor.Id != id)
        {
            return ApiLookup<AuthorResource>.Moved(ApiLinks.AuthorPath(survivor.Id));
        }

        var author = await db.Authors.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AuthorResource(
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Aliases.Where(x => x.Name != a.Name).OrderBy(x => x.Name).Select(x => x.Name).ToList(),
                a.Papers.Where(pa => pa.Paper!.MergedIntoId == null)
                    .OrderByDescending(pa => pa.Paper!.Year.HasValue).ThenByDescending(pa => pa.Paper!.Year).ThenBy(pa => pa.Paper!.Title).ThenBy(pa => pa.PaperId)
                    .Select(pa => new PaperRef(pa.PaperId, pa.Paper!.Slug, pa.Paper.Title, pa.Paper.Year, links.Paper(pa.PaperId), links.PaperPage(pa.Paper.Slug)))
                    .ToList(),
                links.Author(a.Id),
                links.AuthorPage(a.Slug),
                links.PapersWith("author", a.Slug)))
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        return ApiLookup<AuthorResource>.Show(author);
    }

    private static string PageUrl(ApiLinks links, int page) =>
        links.Absolute(page == 1 ? $"{ApiEndpoints.Prefix}/authors" : $"{ApiEndpoints.Prefix}/authors?page={page.ToString(CultureInfo.InvariantCulture)}");
}
