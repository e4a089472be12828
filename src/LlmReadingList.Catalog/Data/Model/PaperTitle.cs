namespace LlmReadingList.Catalog.Data.Model;

/// <summary>Another title a paper is known by: an article's heading, a Chinese title, a nickname.</summary>
public sealed class PaperTitle
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public required string Title { get; set; }

    /// <summary><see cref="Text.TitleKey"/> of <see cref="Title"/>.</summary>
    public string TitleKey { get; set; } = string.Empty;

    /// <summary>"en", "zh" ...</summary>
    public required string Language { get; set; }

    /// <summary>The article that used this title; null when a curator added it.</summary>
    public long? SourceId { get; set; }

    public Paper? Paper { get; set; }

    public Source? Source { get; set; }
}
