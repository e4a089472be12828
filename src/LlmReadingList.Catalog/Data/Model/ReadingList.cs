namespace LlmReadingList.Catalog.Data.Model;

/// <summary>A curated, ordered list of papers: one per source article, or made by curators.</summary>
public sealed class ReadingList : ICuratedRecord
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public string? Language { get; set; }

    /// <summary>The article this list mirrors; null for lists curators made.</summary>
    public long? SourceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<string> CuratedFields { get; set; } = [];

    public uint Version { get; set; }

    public Source? Source { get; set; }

    public List<ListEntry> Entries { get; set; } = [];
}
