using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Web.Api;

/// <summary>
/// One page of <c>GET /api/papers</c>: the search page's results as data. <see cref="Total"/> counts matches up to
/// <see cref="SearchRequest.CandidateCap"/>; <see cref="TotalIsCapped"/> says there are more.
/// </summary>
public sealed record PaperSearchPage(
    int Total,
    bool TotalIsCapped,
    int Page,
    int PageSize,
    int PageCount,
    PageLinks Links,
    IReadOnlyList<PaperHitResource> Items);

/// <summary>A paper as a search finds it; <see cref="Snippet"/> is plain text around the matched words.</summary>
public sealed record PaperHitResource(
    long Id,
    string Slug,
    string Title,
    int? Year,
    IReadOnlyList<HitCreditResource> Authors,
    IReadOnlyList<HitListResource> Lists,
    string? Snippet,
    string Url,
    string HtmlUrl);

public sealed record HitCreditResource(string Slug, string Name, string Kind);

public sealed record HitListResource(string Slug, string Title);

internal static class PaperSearchPages
{
    public static PaperSearchPage From(SearchRequest request, SearchResults results, ApiLinks links)
    {
        var pageCount = (results.Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
        var api = new Pages.Search.SearchLinks(request, ApiEndpoints.Prefix + "/papers");
        var page = new Pages.Search.SearchLinks(request);
        return new PaperSearchPage(
            results.Total,
            results.IsCapped,
            request.Page,
            SearchRequest.PageSize,
            pageCount,
            new PageLinks(
                links.Absolute(api.ToPage(request.Page)),
                links.Absolute(api.ToPage(1)),
                request.Page > 1 ? links.Absolute(api.ToPage(Math.Min(request.Page - 1, Math.Max(pageCount, 1)))) : null,
                request.Page < Math.Min(pageCount, SearchRequest.MaxPage) ? links.Absolute(api.ToPage(request.Page + 1)) : null,
                links.Absolute(page.ToPage(request.Page))),
            results.Hits.Select(hit => new PaperHitResource(
                hit.Id,
                hit.Slug,
                hit.Title,
                hit.Year,
                hit.Authors.Select(a => new HitCreditResource(a.Slug, a.Name, a.Kind)).ToList(),
                hit.Lists.Select(l => new HitListResource(l.Slug, l.Title)).ToList(),
                hit.Snippet?.PlainText,
                links.Paper(hit.Id),
                links.PaperPage(hit.Slug))).ToList());
    }
}
