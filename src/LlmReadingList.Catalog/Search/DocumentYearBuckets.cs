namespace LlmReadingList.Catalog.Search;

/// <summary>
/// The index of words anywhere in a paper (<c>paper_search.document</c>) is three partial GIN indexes, one per span of
/// years. A search wants the newest (or oldest) thousand matches; from one index it had to read every match in the
/// catalog to keep them (a word in 1.5% of a million papers: 15,000 rows). Asked bucket by bucket, in the sort's
/// order, it stops at the first bucket that fills the candidates (<see cref="SearchSql"/>). The spans split the
/// catalog roughly in thirds on the 1M-paper benchmark and keep doing their job as years pass: new papers join the
/// newest bucket, which only makes it larger.
/// </summary>
public static class DocumentYearBuckets
{
    /// <summary>Newest first; the oldest bucket also holds the papers without a year.</summary>
    public static readonly IReadOnlyList<YearBucket> NewestFirst =
    [
        new("ix_paper_search_document_from_2025", From: 2025, Before: null),
        new("ix_paper_search_document_2018_to_2024", From: 2018, Before: 2025),
        new("ix_paper_search_document_before_2018", From: null, Before: 2018),
    ];
}

/// <summary>Years from <see cref="From"/> (included) to <see cref="Before"/> (excluded); an open start also takes undated papers.</summary>
public sealed record YearBucket(string IndexName, int? From, int? Before)
{
    public bool HoldsUndated => From is null;

    /// <summary>The index's predicate over the column <paramref name="year"/>.</summary>
    public string Predicate(string year) => (From, Before) switch
    {
        ({ } from, { } before) => $"{year} >= {from} AND {year} < {before}",
        ({ } from, null) => $"{year} >= {from}",
        (null, { } before) => $"{year} < {before} OR {year} IS NULL",
        _ => "true",
    };

    /// <summary>The bucket's dated papers only (for orders that put undated papers after every dated one).</summary>
    public string DatedPredicate(string year) => HoldsUndated ? $"{year} < {Before}" : Predicate(year);
}
