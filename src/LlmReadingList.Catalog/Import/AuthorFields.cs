namespace LlmReadingList.Catalog.Import;

/// <summary>Author fields tracked in <c>curated_fields</c>.</summary>
public static class AuthorFields
{
    public const string Name = "name";
    public const string Kind = "kind";
}
