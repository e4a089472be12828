namespace LlmReadingList.Catalog.Search;

/// <summary>
/// A parsed query in the form the search SQL takes (<see cref="SearchSql"/>). English text stays web-search syntax
/// for <c>websearch_to_tsquery('english', …)</c>, which stems it exactly as the documents were stemmed; Chinese runs
/// become bigram tsquery text read by the tsquery input function (<c>::tsquery</c>), so no text-search parser or
/// locale ever sees them. <c>catalog_search_tsquery</c> (migration 20261122090000) joins the pieces.
/// </summary>
public sealed record SearchTextQuery
{
    /// <summary>Per "or" group: its English words and "quoted phrases", as web-search text ("" when none).</summary>
    public IReadOnlyList<string> EnglishGroups { get; init; } = [];

    /// <summary>Per "or" group: its CJK runs as AND-ed bigram phrases ("" when none).</summary>
    public IReadOnlyList<string> CjkGroups { get; init; } = [];

    /// <summary>Excluded English terms as web-search text, joined by or ("" when none).</summary>
    public string EnglishExcluded { get; init; } = string.Empty;

    /// <summary>Excluded CJK runs as OR-ed bigram phrases ("" when none).</summary>
    public string CjkExcluded { get; init; } = string.Empty;

    /// <summary>Plain lower-cased words to match titles by trigram similarity (typos, prefixes); null for other queries.</summary>
    public string? TitleText { get; init; }

    /// <summary>Every searched term, for "Did you mean" (trigram similarity against titles); null when there is none.</summary>
    public string? SuggestionText { get; init; }

    /// <summary>The searched CJK runs, to cut a snippet around.</summary>
    public IReadOnlyList<string> CjkRuns { get; init; } = [];

    /// <summary>Nothing to search for: list papers (newest first) under the filters and exclusions.</summary>
    public bool Browse { get; init; } = true;

    /// <summary>Fewer letters than this are too little to compare by trigrams.</summary>
    public const int MinTitleTextLetters = 3;

    public static SearchTextQuery From(ParsedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var positive = query.PositiveTerms.ToList();
        var titleText = query.IsPlainWords ? string.Join(' ', positive.Select(t => t.Text)).ToLowerInvariant() : null;
        return new SearchTextQuery
        {
            EnglishGroups = query.Groups.Select(g => string.Join(' ', g.Where(t => t.Kind != QueryTermKind.Cjk).Select(WebSearchTerm))).ToList(),
            CjkGroups = query.Groups.Select(g => string.Join(" & ", g.Where(t => t.Kind == QueryTermKind.Cjk).Select(t => $"({CjkText.BigramPhrase(t.Text)})"))).ToList(),
            EnglishExcluded = string.Join(" or ", query.Excluded.Where(t => t.Kind != QueryTermKind.Cjk).Select(t => $"\"{t.Text}\"")),
            CjkExcluded = string.Join(" | ", query.Excluded.Where(t => t.Kind == QueryTermKind.Cjk).Select(t => $"({CjkText.BigramPhrase(t.Text)})")),
            TitleText = titleText is not null && titleText.Count(char.IsLetterOrDigit) >= MinTitleTextLetters ? titleText : null,
            SuggestionText = positive.Count == 0 ? null : string.Join(' ', positive.Select(t => t.Text)).ToLowerInvariant(),
            CjkRuns = positive.Where(t => t.Kind == QueryTermKind.Cjk).Select(t => t.Text).Distinct().ToList(),
            Browse = !query.HasSearchTerms,
        };
    }

    private static string WebSearchTerm(QueryTerm term) => term.Kind == QueryTermKind.Phrase ? $"\"{term.Text}\"" : term.Text;
}
