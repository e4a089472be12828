namespace LlmReadingList.Catalog;

public enum AuthorKind
{
    Person,
    Organization,
}
