namespace LlmReadingList.Catalog.Curation;

/// <summary>Everything a curator can set on a paper in one save.</summary>
public sealed record PaperEdit
{
    public required string Title { get; init; }

    public int? Year { get; init; }

    public string? ArxivId { get; init; }

    public IReadOnlyList<AlternativeTitleEdit> AlternativeTitles { get; init; } = [];

    public IReadOnlyList<LinkEdit> Links { get; init; } = [];

    /// <summary>In order; a name the catalog does not know yet becomes a new author of the given kind.</summary>
    public IReadOnlyList<AuthorEdit> Authors { get; init; } = [];

    /// <summary>Tag names; unknown ones are created.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

public sealed record AlternativeTitleEdit(string Title, string Language);

public sealed record LinkEdit(string Url, LinkKind Kind);

public sealed record AuthorEdit(string Name, AuthorKind Kind);
