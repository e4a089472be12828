using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Chinese reading lists: "论文N：《English Title》", then "论文地址：URL", then Chinese description paragraphs,
/// grouped under short section heading lines. A later "还有论文《…》" naming a paper already listed in the same
/// section adds its description to that entry instead of repeating it.
/// </summary>
public sealed partial class NumberedChineseParser : IArticleParser
{
    private const int MaxSectionHeadingLength = 40;

    public string Name => "numbered-chinese";

    public ParsedArticle Parse(string text)
    {
        var lines = ArticleText.Lines(text);
        var notes = new NoteCollector(lines);
        var titleIndex = Array.FindIndex(lines, l => !ArticleText.IsBlank(l));
        var articleTitle = titleIndex < 0 ? null : lines[titleIndex].Trim();
        var footer = Array.FindIndex(lines, l => l.TrimStart().StartsWith("文章版权声明", StringComparison.Ordinal));
        var bodyEnd = footer < 0 ? lines.Length : footer;

        var entries = new List<EntryBuilder>();
        var sectionEntries = new Dictionary<string, EntryBuilder>(StringComparer.Ordinal);
        EntryBuilder? current = null;
        string? section = null;
        for (var i = Math.Max(titleIndex, 0); i < bodyEnd; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;

            if (i == titleIndex)
            {
                notes.Skip(i, "article title");
            }
            else if (line == articleTitle)
            {
                notes.SkipRecurring(i, "repeated article title (image alt text)");
            }
            else if (ImageSource().IsMatch(line))
            {
                notes.SkipRecurring(i, "image source line");
            }
            else if (NumberedPaper().Match(line) is { Success: true } numbered)
            {
                current = Find(sectionEntries, numbered.Groups["title"].Value, i, notes)
                    ?? Start(entries, sectionEntries, i, numbered.Groups["title"].Value, section);
            }
            else if (PaperAddress().Match(line) is { Success: true } address)
            {
                if (current is null)
                    notes.Skip(i, "paper link outside an entry");
                else
                    current.Links.AddAllIn(address.Groups["rest"].Value);
            }
            else if (MentionedPaper().Match(line) is { Success: true } mentioned)
            {
                current = Find(sectionEntries, mentioned.Groups["title"].Value, i, notes)
                    ?? Start(entries, sectionEntries, i, mentioned.Groups["title"].Value, section);
            }
            else if (Bullet().IsMatch(line))
            {
                notes.Skip(i, "non-paper resource (not an entry)");
            }
            else if (IsSectionHeading(lines, i))
            {
                section = line;
                current = null;
                sectionEntries.Clear();
            }
            else if (current is not null)
            {
                current.Paragraphs.Add(line);
            }
            else
            {
                notes.Skip(i, section is null ? "article introduction" : "section introduction");
            }
        }

        for (var i = bodyEnd; i < lines.Length; i++)
            notes.Skip(i, "copyright notice and page footer");

        var parsed = entries.Select(e => e.Build()).ToList();
        DuplicateLinks.Note(parsed, notes);
        return new ParsedArticle(parsed, notes.ToList());
    }

    private static EntryBuilder? Find(Dictionary<string, EntryBuilder> sectionEntries, string title, int index, NoteCollector notes)
    {
        if (!sectionEntries.TryGetValue(TitleKey.For(title), out var earlier))
            return null;
        notes.Add(index, $"《{title.Trim()}》 repeats the entry at line {earlier.Index + 1} in the same section; "
            + "kept once, with the text that follows the repeat added to that entry.");
        return earlier;
    }

    private static EntryBuilder Start(List<EntryBuilder> entries, Dictionary<string, EntryBuilder> sectionEntries, int index, string title, string? section)
    {
        var entry = new EntryBuilder(index, title.Trim(), section);
        entries.Add(entry);
        sectionEntries.TryAdd(TitleKey.For(title), entry);
        return entry;
    }

    // Section headings are short lines standing alone between blank lines, without sentence punctuation.
    private static bool IsSectionHeading(string[] lines, int index)
    {
        var line = lines[index].Trim();
        return line.Length <= MaxSectionHeadingLength
            && line.IndexOfAny(['。', '，', ',', '.', '!', '！', '?', '？', ':', '：', ';', '；', '《', '》', '/']) < 0
            && (index == 0 || ArticleText.IsBlank(lines[index - 1]))
            && (index == lines.Length - 1 || ArticleText.IsBlank(lines[index + 1]));
    }

    private sealed class EntryBuilder(int index, string title, string? section)
    {
        public int Index => index;

        public EntryLinks Links { get; } = new();

        public List<string> Paragraphs { get; } = [];

        public ParsedEntry Build()
        {
            var summary = ArticleText.JoinParagraphs(Paragraphs);
            return new ParsedEntry
            {
                Line = index + 1,
                Heading = title,
                HeadingLanguage = Language.Detect(title),
                Title = title,
                ArxivId = Links.ArxivId,
                Links = Links.Links,
                Summary = summary,
                SummaryLanguage = summary is null ? null : Language.Detect(summary),
                Section = section,
            };
        }
    }

    [GeneratedRegex(@"^(?:[•·●▪*-]\s*)?论文\s*\d+\s*[:：]?\s*《\s*(?<title>[^《》]*[^《》\s])\s*》\s*$")]
    private static partial Regex NumberedPaper();

    [GeneratedRegex(@"论文\s*《\s*(?<title>[^《》]*[^《》\s])\s*》")]
    private static partial Regex MentionedPaper();

    [GeneratedRegex(@"^(?:[•·●▪*-]\s*)?论文(?:地址|链接)\s*[:：]?\s*(?<rest>.*)$")]
    private static partial Regex PaperAddress();

    [GeneratedRegex(@"^图源\s*[:：]")]
    private static partial Regex ImageSource();

    [GeneratedRegex(@"^[•·●▪]")]
    private static partial Regex Bullet();
}
