namespace LlmReadingList.Catalog.Data.Model;

/// <summary>A person or an organisation credited with papers.</summary>
public sealed class Author : ICuratedRecord
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public AuthorKind Kind { get; set; }

    /// <summary>Set when a curator merged this author into another.</summary>
    public long? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<string> CuratedFields { get; set; } = [];

    public uint Version { get; set; }

    public List<AuthorAlias> Aliases { get; set; } = [];

    public List<PaperAuthor> Papers { get; set; } = [];
}
