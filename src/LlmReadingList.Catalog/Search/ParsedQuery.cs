namespace LlmReadingList.Catalog.Search;

/// <summary>
/// What a free-text query asks for: groups joined by "or" (each group is the AND of its terms), terms to exclude,
/// and years typed into the query ("lora 2021", "2020-2023"). Built by <see cref="SearchQueryParser"/>.
/// </summary>
public sealed record ParsedQuery
{
    public static readonly ParsedQuery Empty = new();

    /// <summary>The query as searched: control characters removed, full-width forms folded, cut to the maximum length.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary><see cref="Text"/> without the year tokens: the query to link to when the reader removes the year.</summary>
    public string TextWithoutYears { get; init; } = string.Empty;

    public IReadOnlyList<IReadOnlyList<QueryTerm>> Groups { get; init; } = [];

    public IReadOnlyList<QueryTerm> Excluded { get; init; } = [];

    /// <summary>The year tokens as typed ("2021", "2020-2023").</summary>
    public IReadOnlyList<string> YearTokens { get; init; } = [];

    /// <summary>The years the year tokens cover; null when the query has none.</summary>
    public YearRange? Years { get; init; }

    /// <summary>The raw query was longer than <see cref="SearchQueryParser.MaxLength"/> characters and was cut.</summary>
    public bool Truncated { get; init; }

    /// <summary>Terms beyond <see cref="SearchQueryParser.MaxTerms"/> were dropped.</summary>
    public bool TermsDropped { get; init; }

    public bool HasSearchTerms => Groups.Count > 0;

    public IEnumerable<QueryTerm> PositiveTerms => Groups.SelectMany(g => g);

    /// <summary>Plain words only (no phrases, CJK runs or "or"): the query may be a title typed loosely.</summary>
    public bool IsPlainWords => Groups.Count == 1 && Groups[0].All(t => t.Kind == QueryTermKind.Word);
}
