namespace LlmReadingList.Catalog.Data.Model;

public sealed class ListEntry
{
    public long Id { get; set; }

    public long ListId { get; set; }

    public long PaperId { get; set; }

    /// <summary>Order within the list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The section heading the entry sits under, if the list has sections.</summary>
    public string? Section { get; set; }

    public string? Note { get; set; }

    public uint Version { get; set; }

    public ReadingList? List { get; set; }

    public Paper? Paper { get; set; }
}
