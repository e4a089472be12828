namespace LlmReadingList.Catalog.Data.Model;

public enum ImportStatus
{
    Imported,
    Unchanged,
    Rejected,
}
