namespace LlmReadingList.Catalog.Search;

/// <summary>
/// The word indexes of the search rows (<c>document</c>: words anywhere; <c>title_document</c>: the titles' words) are
/// each three partial GIN indexes, one per span of years. A search wants the newest (or oldest) thousand matches; from
/// one index it had to read every match in the catalog to keep them (a word in 1.5% of a million papers: 15,000
/// rows). Asked span by span in the sort's order, it stops at the first span that fills the candidates
/// (<see cref="SearchSql"/>). The spans split the 1M-paper benchmark roughly in thirds and keep doing their job as
/// years pass: new papers join the newest span, which only makes it larger.
/// </summary>
public static class SearchYearSpans
{
    /// <summary>Newest first; the oldest span also holds the papers without a year.</summary>
    public static readonly IReadOnlyList<YearSpan> NewestFirst = [new(From: 2025, Before: null), new(From: 2018, Before: 2025), new(From: null, Before: 2018)];
}

/// <summary>Years from <see cref="From"/> (included) to <see cref="Before"/> (excluded); an open start also takes undated papers.</summary>
public sealed record YearSpan(int? From, int? Before)
{
    public bool HoldsUndated => From is null;

    /// <summary>The name of the span's index over <c>paper_search.<paramref name="column"/></c>.</summary>
    public string IndexName(string column) => (From, Before) switch
    {
        ({ } from, { } before) => $"ix_paper_search_{column}_{from}_to_{before - 1}",
        ({ } from, null) => $"ix_paper_search_{column}_from_{from}",
        (null, { } before) => $"ix_paper_search_{column}_before_{before}",
        _ => $"ix_paper_search_{column}",
    };

    /// <summary>The span's rows, over the column <paramref name="year"/> (the indexes' predicate).</summary>
    public string Predicate(string year) => (From, Before) switch
    {
        ({ } from, { } before) => $"{year} >= {from} AND {year} < {before}",
        ({ } from, null) => $"{year} >= {from}",
        (null, { } before) => $"{year} < {before} OR {year} IS NULL",
        _ => "true",
    };

    /// <summary>The span's dated rows only (for orders that put undated papers after every dated one).</summary>
    public string DatedPredicate(string year) => HoldsUndated ? $"{year} < {Before}" : Predicate(year);

    /// <summary>
    /// Whether a search's years ($7 from, $8 to, both given when the statement filters by year) leave any year of the
    /// span: a condition on the parameters alone, so the span is skipped before it is read.
    /// </summary>
    public string AllowedBy(bool yearFiltered) => !yearFiltered ? "true" : (From, Before) switch
    {
        ({ } from, { } before) => $"$8 >= {from} AND $7 < {before}",
        ({ } from, null) => $"$8 >= {from}",
        (null, { } before) => $"$7 < {before}",
        _ => "true",
    };
}
