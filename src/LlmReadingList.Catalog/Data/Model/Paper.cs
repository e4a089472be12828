namespace LlmReadingList.Catalog.Data.Model;

public sealed class Paper : ICuratedRecord
{
    public long Id { get; set; }

    /// <summary>Canonical English title.</summary>
    public required string Title { get; set; }

    /// <summary><see cref="Text.TitleKey"/> of <see cref="Title"/>: how imports find the same paper by title.</summary>
    public string TitleKey { get; set; } = string.Empty;

    public required string Slug { get; set; }

    public int? Year { get; set; }

    /// <summary>Normalised arXiv id ("1706.03762"), no version suffix.</summary>
    public string? ArxivId { get; set; }

    /// <summary>Set when a curator merged this paper into another; the paper then only redirects.</summary>
    public long? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<string> CuratedFields { get; set; } = [];

    /// <summary>PostgreSQL xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public Paper? MergedInto { get; set; }

    public List<PaperTitle> Titles { get; set; } = [];

    public List<PaperLink> Links { get; set; } = [];

    public List<PaperAuthor> Authors { get; set; } = [];

    public List<PaperTag> Tags { get; set; } = [];

    public List<Summary> Summaries { get; set; } = [];

    public List<ListEntry> ListEntries { get; set; } = [];

    public List<ReviewFlag> Flags { get; set; } = [];
}
