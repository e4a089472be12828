using System.Globalization;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Monthly roundups: a heading line (usually Chinese), a "Paper:" URL line, optional "Code:" URL lines, then
/// summary paragraphs. Page navigation before "引言" and the page footer are skipped. A "2023年10月" in the
/// header is the article's stated year.
/// </summary>
public sealed partial class PaperCodeRoundupParser : IArticleParser
{
    public string Name => "paper-code-roundup";

    public ParsedArticle Parse(string text)
    {
        var lines = ArticleText.Lines(text);
        var notes = new NoteCollector(lines);
        var bodyStart = Array.FindIndex(lines, l => l.Trim() == "引言");
        var bodyEnd = Array.FindIndex(lines, Math.Max(bodyStart, 0), IsFooter);
        if (bodyEnd < 0)
            bodyEnd = lines.Length;

        for (var i = 0; i <= bodyStart; i++)
            notes.Skip(i, "page navigation and article header");

        var entries = new List<ParsedEntry>();
        EntryBuilder? current = null;
        for (var i = bodyStart + 1; i < bodyEnd; i++)
        {
            if (ArticleText.IsBlank(lines[i]))
                continue;
            if (Label().Match(lines[i]) is { Success: true } label)
            {
                if (current is null)
                    notes.Skip(i, "link outside an entry");
                else
                    current.Links.AddAllIn(label.Groups["rest"].Value);
            }
            else if (StartsEntry(lines, i, bodyEnd))
            {
                current?.AddTo(entries);
                current = new EntryBuilder(i, lines[i].Trim());
            }
            else if (current is null)
            {
                notes.Skip(i, "article introduction");
            }
            else
            {
                current.Paragraphs.Add(lines[i]);
            }
        }
        current?.AddTo(entries);

        for (var i = bodyEnd; i < lines.Length; i++)
            notes.Skip(i, "page footer (sharing notice, comments, table of contents)");
        DuplicateLinks.Note(entries, notes);

        return new ParsedArticle(entries, notes.ToList()) { StatedYear = StatedYear(lines, bodyStart) };
    }

    // An entry heading is the line right above a "Paper:" line (blank lines between allowed).
    private static bool StartsEntry(string[] lines, int index, int end)
    {
        for (var i = index + 1; i < end; i++)
        {
            if (ArticleText.IsBlank(lines[i]))
                continue;
            return Label().Match(lines[i]) is { Success: true } label && IsPaperLabel(label.Groups["label"].Value);
        }
        return false;
    }

    private static bool IsPaperLabel(string label) =>
        label.Equals("paper", StringComparison.OrdinalIgnoreCase) || label == "论文";

    private static bool IsFooter(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("本文参与", StringComparison.Ordinal)
            || trimmed.StartsWith("本文分享自", StringComparison.Ordinal)
            || trimmed.Contains("腾讯云自媒体", StringComparison.Ordinal);
    }

    // The header (everything up to "引言", or the first lines when there is none) names the month the roundup covers.
    private static int? StatedYear(string[] lines, int bodyStart)
    {
        var headerEnd = bodyStart >= 0 ? bodyStart : Math.Min(lines.Length, 3);
        for (var i = 0; i < headerEnd; i++)
        {
            var match = YearMonth().Match(lines[i]);
            if (match.Success)
                return int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    private sealed class EntryBuilder(int index, string heading)
    {
        public EntryLinks Links { get; } = new();

        public List<string> Paragraphs { get; } = [];

        public void AddTo(List<ParsedEntry> entries)
        {
            var summary = ArticleText.JoinParagraphs(Paragraphs);
            entries.Add(new ParsedEntry
            {
                Line = index + 1,
                Heading = heading,
                HeadingLanguage = Language.Detect(heading),
                ArxivId = Links.ArxivId,
                Links = Links.Links,
                Summary = summary,
                SummaryLanguage = summary is null ? null : Language.Detect(summary),
            });
        }
    }

    [GeneratedRegex(@"^\s*(?<label>Paper|Code|Project|Blog|Demo|Data|Dataset|Homepage|论文|代码|项目)\s*[:：]\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")]
    private static partial Regex YearMonth();
}
