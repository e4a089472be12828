using System.Text.RegularExpressions;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>Line handling shared by the parsers.</summary>
internal static partial class ArticleText
{
    /// <summary>The article's lines, whatever its line endings; index i is line i + 1.</summary>
    public static string[] Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        return LineBreak().Split(text.TrimStart('\uFEFF'));
    }

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>Paragraphs as Markdown: trimmed, separated by a blank line; null when there are none.</summary>
    public static string? JoinParagraphs(IEnumerable<string> paragraphs)
    {
        var joined = string.Join("\n\n", paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A short, single-line quotation of a line for notes.</summary>
    public static string Preview(string line)
    {
        const int max = 60;
        var trimmed = line.Trim();
        return trimmed.Length <= max ? trimmed : string.Concat(trimmed.AsSpan(0, max), "…");
    }

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreak();
}
