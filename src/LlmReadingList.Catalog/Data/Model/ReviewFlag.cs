namespace LlmReadingList.Catalog.Data.Model;

/// <summary>Something about a paper a curator should look at, with the reason; resolved with one action.</summary>
public sealed class ReviewFlag
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public ReviewFlagKind Kind { get; set; }

    /// <summary>Why the paper was flagged, in words a curator reads.</summary>
    public required string Reason { get; set; }

    /// <summary>The article whose import raised the flag; null when raised otherwise.</summary>
    public long? SourceId { get; set; }

    /// <summary>The other paper involved (conflicting link, suspected duplicate).</summary>
    public long? RelatedPaperId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public string? Resolution { get; set; }

    public uint Version { get; set; }

    public Paper? Paper { get; set; }

    public Paper? RelatedPaper { get; set; }

    public Source? Source { get; set; }
}
