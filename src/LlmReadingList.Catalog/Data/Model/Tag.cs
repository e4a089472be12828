namespace LlmReadingList.Catalog.Data.Model;

public sealed class Tag
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public uint Version { get; set; }

    public List<PaperTag> Papers { get; set; } = [];
}
