namespace LlmReadingList.Catalog;

public enum LinkKind
{
    Abstract,
    Pdf,
    Code,
    Blog,
    Project,
    Other,
}
