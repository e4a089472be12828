using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Pages.Search;

namespace LlmReadingList.Web.Selections;

/// <summary>
/// The papers a search matches, in the search page's order. <c>/search/cite.*</c> and <c>/feeds/search.atom</c>
/// export exactly these, so an export or feed link on a search page holds what the page shows.
/// </summary>
public interface IPaperSearch
{
    Task<IReadOnlyList<long>> FindAsync(PaperSearchRequest request, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// A search as its query string states it (the search page's parameters; the page number is ignored), so an export
/// URL is the search URL with another path. <see cref="Errors"/> holds the search page's message for each malformed
/// parameter.
/// </summary>
public sealed record PaperSearchRequest(string Text, SearchRequest? Search, IReadOnlyList<SearchParameterError> Errors)
{
    /// <summary>Neither words nor filters: the search page shows no results for it, and exports are empty.</summary>
    public bool IsEmpty => Search is null || (!Search.Query.HasSearchTerms && !Search.HasFilters);

    public static PaperSearchRequest FromQuery(IQueryCollection query)
    {
        var input = SearchInput.FromQuery(query);
        var (search, errors) = SearchRequest.Create(input.ToParameters() with { Page = null });
        return new PaperSearchRequest((input.Q ?? string.Empty).Trim(), search, errors);
    }
}
