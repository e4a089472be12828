namespace LlmReadingList.Catalog.Data.Model;

/// <summary>An old slug that still leads to a record after a rename or merge.</summary>
public sealed class SlugRedirect
{
    public required string EntityType { get; set; }

    public required string OldSlug { get; set; }

    public long TargetId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
