namespace LlmReadingList.Catalog.Data.Model;

public sealed class PaperTag
{
    public long PaperId { get; set; }

    public long TagId { get; set; }

    public Paper? Paper { get; set; }

    public Tag? Tag { get; set; }
}
