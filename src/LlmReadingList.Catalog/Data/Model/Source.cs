namespace LlmReadingList.Catalog.Data.Model;

/// <summary>An imported article.</summary>
public sealed class Source
{
    public long Id { get; set; }

    /// <summary>Stable key from <c>seed/sources.json</c>.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    public required string Language { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Publisher { get; set; }

    public required string Parser { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the article's bytes, hex.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public uint Version { get; set; }

    public List<Summary> Summaries { get; set; } = [];
}
