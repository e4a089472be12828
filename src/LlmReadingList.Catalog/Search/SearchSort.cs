namespace LlmReadingList.Catalog.Search;

public enum SearchSort
{
    /// <summary>Best match first; without search words, the same as <see cref="Newest"/>.</summary>
    Relevance,
    Newest,
    Oldest,
    Title,
}

public static class SearchSorts
{
    public static IReadOnlyList<SearchSort> All { get; } = Enum.GetValues<SearchSort>();

    /// <summary>The value in URLs and in the search SQL ("relevance", "newest", ...).</summary>
    public static string Name(this SearchSort sort) => sort.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out SearchSort sort)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                sort = candidate;
                return true;
            }
        }

        sort = SearchSort.Relevance;
        return false;
    }
}
