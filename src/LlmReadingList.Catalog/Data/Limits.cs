namespace LlmReadingList.Catalog.Data;

/// <summary>Sizes the database enforces and forms validate against.</summary>
public static class Limits
{
    public const int TitleLength = 500;
    public const int SlugLength = 120;
    public const int NameLength = 300;
    public const int UrlLength = 2000;
    public const int SummaryLength = 100_000;
    public const int NoteLength = 2000;
}
