namespace LlmReadingList.Catalog.Search;

/// <summary>
/// What a search statement is written for (<see cref="SearchSql.Query"/>): the sort, whether the search filters by
/// year, which of the other filters it has, and whether one plan serves all its searches. Conditions a search does not
/// have are left out of its statement rather than folded away, so a filter it has is a plain condition the planner can
/// join on (the papers of one author, read from the link table) instead of a test on every paper it reads.
/// </summary>
public sealed record SearchShape(SearchSort Sort, bool YearFiltered, bool Author, bool Tag, bool List, bool Lang)
{
    /// <summary>
    /// Words by relevance or newest, filtered by nothing but years: one plan fits all such searches (see
    /// <see cref="SearchSql.Settings"/>); the others are planned for their values.
    /// </summary>
    public bool SharedPlan => NewestFirst && !Browse && !Author && !Tag && !List && !Lang;

    /// <summary>No search words: candidates come from the papers in the sort's order.</summary>
    public bool Browse { get; init; }

    public bool NewestFirst => Sort is SearchSort.Relevance or SearchSort.Newest;
}
