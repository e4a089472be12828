namespace LlmReadingList.Catalog.Data.Model;

/// <summary>One article's summary of one paper.</summary>
public sealed class Summary : ICuratedRecord
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public long SourceId { get; set; }

    /// <summary>The article's own heading for the paper.</summary>
    public string? Heading { get; set; }

    public required string BodyMarkdown { get; set; }

    public required string Language { get; set; }

    /// <summary>The credit line as this article wrote it.</summary>
    public string? CreditLine { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<string> CuratedFields { get; set; } = [];

    public uint Version { get; set; }

    public Paper? Paper { get; set; }

    public Source? Source { get; set; }
}
