namespace LlmReadingList.Catalog.Search;

/// <summary>
/// The author, tag and list a search filters by, as ids (null where it has no such filter or the slug names none).
/// Looked up before the search, so that the search is planned for that author's, tag's or list's own count of papers
/// (the link tables' statistics by id) and starts from the few papers of a small one instead of testing the newest
/// papers one by one until enough match.
/// </summary>
public sealed record SearchFilterIds(long? Author, long? Tag, long? List)
{
    /// <summary>Whether the request has a filter that needs ids looked up.</summary>
    public static bool Needed(SearchRequest request) =>
        request is not { Author: null, Tag: null, List: null };

    /// <summary>The ids of the request's slugs ($1 author, $2 tag, $3 list), in one row.</summary>
    public const string LookupSql = """
        SELECT (SELECT a.id FROM author a WHERE a.slug = $1), (SELECT t.id FROM tag t WHERE t.slug = $2),
               (SELECT l.id FROM reading_list l WHERE l.slug = $3)
        """;
}
