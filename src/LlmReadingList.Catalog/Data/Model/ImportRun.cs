namespace LlmReadingList.Catalog.Data.Model;

/// <summary>One attempt to import one article, whatever its outcome.</summary>
public sealed class ImportRun
{
    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string FileName { get; set; }

    public string? SourceKey { get; set; }

    public string? ContentHash { get; set; }

    public ImportStatus Status { get; set; }

    public int Entries { get; set; }

    public int NewPapers { get; set; }

    public int MergedPapers { get; set; }

    public int Summaries { get; set; }

    public int Flags { get; set; }

    public int Warnings { get; set; }

    /// <summary>What changed, or why the article was rejected.</summary>
    public string? Message { get; set; }
}
