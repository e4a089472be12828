namespace LlmReadingList.Catalog.Curation;

/// <summary>Everything a curator can set on a reading list in one save.</summary>
public sealed record ListEdit
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The entries in order: papers not named here leave the list.</summary>
    public IReadOnlyList<ListEntryEdit> Entries { get; init; } = [];

    /// <summary>A paper to add at the end, named by slug, arXiv id or exact title.</summary>
    public ListAddition? Add { get; init; }
}

public sealed record ListEntryEdit(long PaperId, string? Section, string? Note);

public sealed record ListAddition(string Paper, string? Section, string? Note);

/// <summary>A new list; without a slug the title's is used.</summary>
public sealed record NewList(string Title, string? Slug, string? Description);
