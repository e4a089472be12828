using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// A page holding one paper's abstract, optionally followed by a "翻译：" translation, then unrelated page content.
/// The article names no title, so the heading is the method the abstract introduces, marked provisional.
/// </summary>
public sealed partial class AbstractOnlyParser : IArticleParser
{
    private const int MaxFallbackHeadingLength = 80;

    public string Name => "abstract-only";

    public ParsedArticle Parse(string text)
    {
        var lines = ArticleText.Lines(text);
        var notes = new NoteCollector(lines);
        var first = Array.FindIndex(lines, l => !ArticleText.IsBlank(l));
        if (first < 0)
            return new ParsedArticle([], notes.ToList());

        var translation = Array.FindIndex(lines, first, l => TranslationLabel().IsMatch(l));
        var abstractEnd = translation >= 0 ? translation : EndOfParagraph(lines, first);
        var abstractLines = lines[first..abstractEnd].Where(l => !ArticleText.IsBlank(l)).Select(l => l.Trim()).ToList();
        var end = abstractEnd;
        var translationLines = new List<string>();
        if (translation >= 0)
        {
            end = EndOfParagraph(lines, translation);
            translationLines.Add(string.Join("\n", lines[translation..end].Select(l => l.Trim())));
        }

        for (var i = end; i < lines.Length; i++)
            notes.Skip(i, "page content after the abstract");

        var abstractText = string.Join("\n\n", abstractLines.Count > 0 ? abstractLines : translationLines);
        var heading = MethodName(abstractText) ?? FirstSentence(abstractText);
        if (heading.Length == 0)
            heading = "Untitled abstract";
        notes.Add(first, $"The article gives no title; heading \"{heading}\" was derived from the abstract and is provisional.");
        var entry = new ParsedEntry
        {
            Line = first + 1,
            Heading = heading,
            HeadingLanguage = Language.Detect(heading),
            TitleIsProvisional = true,
            Summary = ArticleText.JoinParagraphs([.. abstractLines, .. translationLines]),
            SummaryLanguage = Language.Detect(abstractText),
        };
        return new ParsedArticle([entry], notes.ToList());
    }

    private static int EndOfParagraph(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length && !ArticleText.IsBlank(lines[i]))
            i++;
        return i;
    }

    private static string? MethodName(string text)
    {
        var match = IntroducedMethod().Match(text);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static string FirstSentence(string text)
    {
        var sentenceEnd = text.IndexOfAny(['.', '。', '\n']);
        var sentence = (sentenceEnd > 0 ? text[..sentenceEnd] : text).Trim();
        if (sentence.Length <= MaxFallbackHeadingLength)
            return sentence;
        var cut = sentence.LastIndexOf(' ', MaxFallbackHeadingLength);
        return string.Concat(sentence.AsSpan(0, cut > 0 ? cut : MaxFallbackHeadingLength), "…");
    }

    [GeneratedRegex(@"^\s*(?:中文)?(?:翻译|译文)\s*[:：]")]
    private static partial Regex TranslationLabel();

    // "In this paper, we introduce Multi-Method Self-Training (MMST), where …" → "Multi-Method Self-Training (MMST)".
    [GeneratedRegex(@"\b(?i:we|this\s+(?:paper|work))\s+(?i:introduce|introduces|propose|proposes|present|presents)\s+(?i:(?:a|an|the|new|novel|method|framework|approach|called|named)\s+)*(?<name>\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,6}\s*\(\p{Lu}[\p{L}\p{N}-]*\))",
        RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedMethod();
}
