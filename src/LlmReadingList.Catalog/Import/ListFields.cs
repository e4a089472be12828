namespace LlmReadingList.Catalog.Import;

/// <summary>Reading-list fields tracked in <c>curated_fields</c>.</summary>
public static class ListFields
{
    public const string Title = "title";
    public const string Description = "description";

    /// <summary>Set when a curator reordered or edited the entries; imports then leave the entries alone.</summary>
    public const string Entries = "entries";
}
