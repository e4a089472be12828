namespace LlmReadingList.Catalog.Import.Planning;

/// <summary>Names of the paper fields tracked in <c>curated_fields</c> (per-field provenance).</summary>
public static class PaperFields
{
    public const string Title = "title";
    public const string ArxivId = "arxiv_id";
    public const string Year = "year";
    public const string Titles = "titles";
    public const string Links = "links";
    public const string Authors = "authors";
    public const string Tags = "tags";
}
