namespace LlmReadingList.Catalog.Import;

/// <summary>Summary fields tracked in <c>curated_fields</c>.</summary>
public static class SummaryFields
{
    public const string Body = "body_markdown";
}
