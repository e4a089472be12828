namespace LlmReadingList.Catalog.Data.Model;

public sealed class PaperAuthor
{
    public long PaperId { get; set; }

    public long AuthorId { get; set; }

    /// <summary>Order of the author on the paper, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The credit line as the article wrote it, from which this author was read.</summary>
    public string? CreditLine { get; set; }

    public long? SourceId { get; set; }

    public Paper? Paper { get; set; }

    public Author? Author { get; set; }

    public Source? Source { get; set; }
}
