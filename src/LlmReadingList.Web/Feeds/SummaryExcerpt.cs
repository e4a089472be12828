using Markdig;

namespace LlmReadingList.Web.Feeds;

/// <summary>A summary's Markdown as a short plain-text excerpt for feed readers (never HTML: raw HTML stays text).</summary>
public static class SummaryExcerpt
{
    public const int MaxLength = 600;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string? From(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var text = string.Join(' ', Markdown.ToPlainText(markdown, Pipeline)
            .Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)] + "…";
    }
}
