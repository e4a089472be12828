namespace LlmReadingList.Catalog.Search;

/// <summary>One page of search results with the facts around it. Shaped for the page, read from one SQL statement.</summary>
public sealed record SearchResults
{
    public static readonly SearchResults None = new();

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Matches found, up to <see cref="SearchRequest.CandidateCap"/>.</summary>
    public int Total { get; init; }

    /// <summary>There are more matches than <see cref="SearchRequest.CandidateCap"/>: ranking, paging and facet counts cover the first ones.</summary>
    public bool IsCapped { get; init; }

    public SearchFacets Facets { get; init; } = new();

    /// <summary>A title close to the query, offered when nothing matched.</summary>
    public TitleSuggestion? Suggestion { get; init; }

    /// <summary>Names of the filters in the request (null when the slug names nothing).</summary>
    public FilterNames FilterNames { get; init; } = new();
}

public sealed record SearchHit(
    long Id,
    string Slug,
    string Title,
    int? Year,
    IReadOnlyList<HitAuthor> Authors,
    IReadOnlyList<HitList> Lists,
    Snippet? Snippet);

public sealed record HitAuthor(string Name, string Slug, string Kind);

public sealed record HitList(string Title, string Slug);

public sealed record TitleSuggestion(string Title, string Slug);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchFacets
{
    public IReadOnlyList<FacetValue> Years { get; init; } = [];

    public IReadOnlyList<FacetValue> Languages { get; init; } = [];

    public IReadOnlyList<FacetValue> Tags { get; init; } = [];

    public IReadOnlyList<FacetValue> Authors { get; init; } = [];

    public IReadOnlyList<FacetValue> Organizations { get; init; } = [];

    public IReadOnlyList<FacetValue> Lists { get; init; } = [];
}

public sealed record FilterNames(string? Author = null, string? Tag = null, string? List = null);
