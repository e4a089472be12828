using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Articles whose entries are: a display heading line, the English title line, a blank line, starred fields
/// ("*author:" or "*source:", "*original:" URL), then summary paragraphs until the next entry.
/// A third name line above the display heading and title is a topic heading (the section of the entries after it).
/// </summary>
public sealed partial class StarredFieldsParser : IArticleParser
{
    private const int MaxNameLength = 200;

    public string Name => "starred-fields";

    public ParsedArticle Parse(string text)
    {
        var lines = ArticleText.Lines(text);
        var notes = new NoteCollector(lines);
        var blocks = FieldBlocks(lines);

        var names = new List<NameLines>();
        for (var b = 0; b < blocks.Count; b++)
            names.Add(FindNames(lines, blocks[b], b == 0 ? -1 : blocks[b - 1].Last));

        var entries = new List<ParsedEntry>();
        string? section = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var summaryEnd = b + 1 < blocks.Count ? names[b + 1].First : lines.Length;
            if (names[b].Topic is { } topic)
                section = lines[topic].Trim();
            var entry = ReadEntry(lines, blocks[b], names[b], summaryEnd, section, notes);
            if (entry is not null)
                entries.Add(entry);
        }

        var firstEntryLine = blocks.Count == 0 ? lines.Length : names[0].First;
        for (var i = 0; i < firstEntryLine; i++)
            notes.Skip(i, JunkReason(lines[i]) ?? "article introduction");
        if (blocks.Count == 0 && !lines.All(ArticleText.IsBlank))
            notes.Add(0, "No entries found: no \"*author:\", \"*source:\" or \"*original:\" lines.");

        return new ParsedArticle(entries, notes.ToList());
    }

    private static ParsedEntry? ReadEntry(string[] lines, FieldBlock block, NameLines names, int summaryEnd, string? section, NoteCollector notes)
    {
        var links = new EntryLinks();
        string? credit = null;
        for (var i = block.First; i <= block.Last; i++)
        {
            var field = Field().Match(lines[i]);
            if (!field.Success)
                continue;
            var key = field.Groups["key"].Value.ToLowerInvariant();
            var value = field.Groups["value"].Value.Trim();
            if (key is "author" or "source" && credit is null)
                credit = value.Length == 0 ? null : value;
            else if (key is "original" or "link" or "url" or "paper" or "code")
                links.AddAllIn(value);
            else
                notes.Add(i, $"Ignored field \"*{field.Groups["key"].Value}:\".");
        }

        var summary = new List<string>();
        for (var i = block.Last + 1; i < summaryEnd; i++)
        {
            if (JunkReason(lines[i]) is { } reason)
                notes.Skip(i, reason);
            else if (!ArticleText.IsBlank(lines[i]))
                summary.Add(lines[i]);
        }

        if (names.Heading is not { } headingIndex)
        {
            notes.Add(block.First, "Skipped fields without a heading line above them.");
            return null;
        }

        var heading = lines[headingIndex].Trim();
        var isPaper = links.Links.Count == 0 || links.Links.Any(l => l.Kind != LinkKind.Blog);
        var title = names.Title is { } titleIndex ? lines[titleIndex].Trim() : isPaper ? heading : null;
        var summaryText = ArticleText.JoinParagraphs(summary);
        return new ParsedEntry
        {
            Line = headingIndex + 1,
            Heading = heading,
            HeadingLanguage = Language.Detect(heading),
            Title = title,
            ArxivId = links.ArxivId,
            Links = links.Links,
            CreditLine = credit,
            Summary = summaryText,
            SummaryLanguage = summaryText is null ? null : Language.Detect(summaryText),
            Section = section,
            IsPaper = isPaper,
        };
    }

    // The name lines of an entry sit right above its fields (a blank line between is allowed): at most a topic
    // heading, a display heading and a title, never reaching back into the previous entry's fields.
    private static NameLines FindNames(string[] lines, FieldBlock block, int floor)
    {
        var i = block.First - 1;
        while (i > floor && ArticleText.IsBlank(lines[i]))
            i--;
        var found = new List<int>();
        while (i > floor && found.Count < 3 && IsNameLike(lines[i]))
            found.Insert(0, i--);

        if (found.Count == 0)
            return new NameLines(block.First, null, null, null);
        if (found.Count == 1)
            return new NameLines(found[0], null, found[0], null);

        // Every entry is "display heading, title": two name lines. A third line above them is a topic heading.
        // 000's "Transformer pioneering paper" stands where every display heading stands (the line above "Attention
        // Is All You Need"), so it is that entry's display heading, not a section over the whole article.
        if (found.Count == 2)
            return new NameLines(found[0], null, found[0], found[1]);
        return new NameLines(found[0], found[0], found[1], found[2]);
    }

    private static bool IsNameLike(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= MaxNameLength
            && !trimmed.EndsWith('.') && !trimmed.EndsWith('。') && !trimmed.EndsWith(':') && !trimmed.EndsWith('：')
            && !Field().IsMatch(trimmed)
            && !trimmed.Contains("://", StringComparison.Ordinal)
            && JunkReason(trimmed) is null;
    }

    private static List<FieldBlock> FieldBlocks(string[] lines)
    {
        var blocks = new List<FieldBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Field().IsMatch(lines[i]))
                continue;
            if (blocks.Count > 0 && OnlyBlankBetween(lines, blocks[^1].Last, i))
                blocks[^1] = blocks[^1] with { Last = i };
            else
                blocks.Add(new FieldBlock(i, i));
        }
        return blocks;
    }

    private static bool OnlyBlankBetween(string[] lines, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!ArticleText.IsBlank(lines[i]))
                return false;
        }
        return true;
    }

    private static string? JunkReason(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("Follow the official account", StringComparison.OrdinalIgnoreCase))
            return "call to follow the official account";
        if (ReferencesLabel().IsMatch(trimmed))
            return "empty references section";
        if (CollectionLinkLabel().IsMatch(trimmed))
            return "collection link label";
        return null;
    }

    /// <summary>First: the first line that belongs to the entry (its topic heading included); the others: line indexes, if any.</summary>
    private sealed record NameLines(int First, int? Topic, int? Heading, int? Title);

    private sealed record FieldBlock(int First, int Last);

    [GeneratedRegex(@"^\s*[*＊]\s*(?<key>[A-Za-z]+)\s*[:：]\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^References\s*[:：]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencesLabel();

    [GeneratedRegex(@"^Collection link\s*[:：]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CollectionLinkLabel();
}
