using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Catalog.Import.Planning;

/// <summary>What one article entry says about a paper, once curator metadata and the article-wide checks are applied.</summary>
public sealed record PlannedEntry
{
    public required ParsedEntry Entry { get; init; }

    /// <summary>The title the paper should carry (canonical English title when known).</summary>
    public required string Title { get; init; }

    public required bool TitleIsProvisional { get; init; }

    public string? ArxivId { get; init; }

    public int? Year { get; init; }

    /// <summary>Other titles the entry gives the paper (its heading, its own title when curators corrected it).</summary>
    public IReadOnlyList<AlternativeTitle> AlternativeTitles { get; init; } = [];

    public IReadOnlyList<ParsedLink> Links { get; init; } = [];

    /// <summary>Paper fields whose value here came from curator metadata (they become curator-owned).</summary>
    public IReadOnlyList<string> CuratorFields { get; init; } = [];

    public IReadOnlyList<PlannedFlag> Flags { get; init; } = [];

    /// <summary>Set when another entry of the same article claims the same arXiv id: the index of that entry.</summary>
    public int? ConflictsWithEntry { get; init; }
}

public sealed record AlternativeTitle(string Title, string Language);

/// <summary>A review flag the import raises; <see cref="ResolvedBy"/> is set when curator metadata already settled it.</summary>
public sealed record PlannedFlag(ReviewFlagKind Kind, string Reason, string? ResolvedBy = null);
