using LlmReadingList.Catalog.Data.Model;

namespace LlmReadingList.Catalog.Import;

public sealed record ImportOptions
{
    /// <summary>Article files, or folders holding a sources.json; a file must be listed in its folder's sources.json.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Parse and match everything, report what would change, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Apply the curator metadata in sources.json (titles, arXiv ids, years, aliases, tags).</summary>
    public bool ApplyCuratorMetadata { get; init; } = true;
}

public sealed record ImportReport(IReadOnlyList<ArticleReport> Articles, int TaggedPapers)
{
    public bool Succeeded => Articles.All(a => a.Status != ImportStatus.Rejected);
}

/// <summary>What one article's import did (or would do, in a dry run), or why it was rejected.</summary>
public sealed record ArticleReport
{
    public required string File { get; init; }

    public string? SourceKey { get; init; }

    public ImportStatus Status { get; init; }

    public bool DryRun { get; init; }

    public int Entries { get; init; }

    public int NewPapers { get; init; }

    /// <summary>Entries that joined a paper other articles already describe.</summary>
    public int MergedPapers { get; init; }

    /// <summary>Summaries added or changed.</summary>
    public int Summaries { get; init; }

    /// <summary>Review flags raised.</summary>
    public int Flags { get; init; }

    public int Warnings { get; init; }

    /// <summary>What changed, in order; the first thousand of <see cref="ChangeCount"/>.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    public int ChangeCount { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Why the article was rejected: names the file, the line where it can, and the reason.</summary>
    public string? Error { get; init; }

    public TimeSpan Duration { get; init; }

    public static ArticleReport Rejected(string file, string? sourceKey, string reason, int? line = null) => new()
    {
        File = file,
        SourceKey = sourceKey,
        Status = ImportStatus.Rejected,
        Error = line is { } l ? $"{file}, line {l}: {reason}" : $"{file}: {reason}",
    };
}
