using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Web.Selections;

/// <summary>The search page's engine (<see cref="CatalogSearch"/>) behind exports and feeds: the same papers, ranked the same.</summary>
public sealed class CatalogPaperSearch(CatalogSearch search) : IPaperSearch
{
    public async Task<IReadOnlyList<long>> FindAsync(PaperSearchRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsEmpty)
        {
            return [];
        }

        var results = await search.SearchAsync(request.Search!, Math.Min(limit, SearchRequest.CandidateCap), cancellationToken);
        return results.Hits.Select(h => h.Id).ToList();
    }
}
