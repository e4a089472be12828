namespace LlmReadingList.Catalog.Data.Model;

public sealed class PaperLink
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public required string Url { get; set; }

    public LinkKind Kind { get; set; }

    /// <summary>The article the link came from; null when a curator added it.</summary>
    public long? SourceId { get; set; }

    public Paper? Paper { get; set; }

    public Source? Source { get; set; }
}
