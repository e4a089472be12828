using System.Text.Json;

namespace LlmReadingList.Catalog.Search;

/// <summary>Reads the JSON document the search statement (<see cref="SearchSql.Query"/>) returns into <see cref="SearchResults"/>.</summary>
internal static class SearchResultsJson
{
    private const int OpeningLength = 240;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SearchResults Read(string json, IReadOnlyList<string> cjkRuns)
    {
        var page = JsonSerializer.Deserialize<PageJson>(json, Options) ?? throw new InvalidOperationException("The search returned null.");
        return new SearchResults
        {
            Total = Math.Min(page.Total, SearchRequest.CandidateCap),
            IsCapped = page.Total > SearchRequest.CandidateCap,
            Hits = page.Hits.Select(h => new SearchHit(h.Id, h.Slug, h.Title, h.Year, h.Authors, h.Lists, SnippetOf(h, cjkRuns))).ToList(),
            Facets = new SearchFacets
            {
                Years = page.Years,
                Languages = page.Languages,
                Tags = page.Tags,
                Authors = page.Authors,
                Organizations = page.Organizations,
                Lists = page.Lists,
            },
            FilterNames = page.FilterNames ?? new FilterNames(),
        };
    }

    private static Snippet? SnippetOf(HitJson hit, IReadOnlyList<string> cjkRuns)
    {
        if (hit.Cjk is { } cjk && Snippet.AroundRuns(cjk.Text, cjkRuns, cjk.CutStart, cjk.CutEnd) is { } around)
        {
            return around;
        }

        if (hit.Headline is not { } headline)
        {
            return null;
        }

        // no marks: the words matched titles only (or nothing was searched), so show how the summary opens
        return headline.Contains(Snippet.StartMark, StringComparison.Ordinal) ? Snippet.FromHeadline(headline) : Snippet.Opening(headline, OpeningLength);
    }

    private sealed record PageJson(
        int Total,
        IReadOnlyList<HitJson> Hits,
        IReadOnlyList<FacetValue> Years,
        IReadOnlyList<FacetValue> Languages,
        IReadOnlyList<FacetValue> Tags,
        IReadOnlyList<FacetValue> Authors,
        IReadOnlyList<FacetValue> Organizations,
        IReadOnlyList<FacetValue> Lists,
        FilterNames? FilterNames);

    private sealed record HitJson(
        long Id,
        string Slug,
        string Title,
        int? Year,
        IReadOnlyList<HitAuthor> Authors,
        IReadOnlyList<HitList> Lists,
        string? Headline,
        CjkJson? Cjk);

    private sealed record CjkJson(string Text, bool CutStart, bool CutEnd);
}
