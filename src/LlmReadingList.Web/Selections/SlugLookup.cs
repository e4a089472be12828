namespace LlmReadingList.Web.Selections;

/// <summary>What a slug in a URL leads to: a record, another slug it moved to (rename or merge), or nothing.</summary>
public sealed record SlugLookup(long? Id, string? MovedTo, string? Title)
{
    public static readonly SlugLookup Missing = new(null, null, null);

    public static SlugLookup Found(long id, string title) => new(id, null, title);

    public static SlugLookup Moved(string slug) => new(null, slug, null);
}
