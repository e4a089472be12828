using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Personal lists where an entry starts with "YYYY Title", continues with free-text notes and URLs (anywhere
/// in a line, several per line), and ends at a line that is "-" or ends with " -".
/// </summary>
public sealed partial class YearPrefixedParser : IArticleParser
{
    public string Name => "year-prefixed";

    public ParsedArticle Parse(string text)
    {
        var lines = ArticleText.Lines(text);
        var notes = new NoteCollector(lines);
        var entries = new List<ParsedEntry>();
        EntryBuilder? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;

            var endsEntry = line == "-" || line.EndsWith(" -", StringComparison.Ordinal);
            if (endsEntry)
                line = line[..^1].TrimEnd();

            if (EntryStart().Match(line) is { Success: true } start)
            {
                current?.AddTo(entries);
                current = new EntryBuilder(i, int.Parse(start.Groups["year"].Value, CultureInfo.InvariantCulture), start.Groups["title"].Value);
            }
            else if (current is null)
            {
                notes.Skip(i, "text outside an entry");
            }
            else
            {
                current.Read(line);
            }

            if (endsEntry)
            {
                current?.AddTo(entries);
                current = null;
            }
        }
        current?.AddTo(entries);

        DuplicateLinks.Note(entries, notes);
        return new ParsedArticle(entries, notes.ToList());
    }

    private sealed class EntryBuilder(int index, int year, string title)
    {
        private readonly EntryLinks _links = new();
        private readonly List<StringBuilder> _blocks = [];
        private readonly HashSet<string> _bullets = new(StringComparer.Ordinal);
        private bool _lastBlockIsList;

        public void Read(string line)
        {
            var text = new StringBuilder();
            var position = 0;
            foreach (var url in LinkClassifier.FindUrls(line))
            {
                _links.Add(url.Url);
                AppendPiece(text, line[position..url.Index]);
                position = url.Index + url.Length;
            }
            AppendPiece(text, line[position..]);
            AddText(text.ToString());
        }

        private void AddText(string text)
        {
            if (text.Length == 0)
                return;
            if (ListItem().Match(text) is { Success: true } item)
            {
                var bullet = "- " + item.Groups["item"].Value;
                if (!_bullets.Add(bullet))
                    return;
                if (_lastBlockIsList)
                    _blocks[^1].Append('\n').Append(bullet);
                else
                    _blocks.Add(new StringBuilder(bullet));
                _lastBlockIsList = true;
                return;
            }

            // A line starting in lower case continues the sentence of the line above.
            if (_blocks.Count > 0 && !_lastBlockIsList && char.IsLower(text[0]))
                _blocks[^1].Append('\n').Append(text);
            else
                _blocks.Add(new StringBuilder(text));
            _lastBlockIsList = false;
        }

        private static void AppendPiece(StringBuilder text, string piece)
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
                return;
            if (text.Length > 0)
                text.Append(' ');
            text.Append(trimmed);
        }

        public void AddTo(List<ParsedEntry> entries)
        {
            var summary = ArticleText.JoinParagraphs(_blocks.Select(b => b.ToString()));
            entries.Add(new ParsedEntry
            {
                Line = index + 1,
                Heading = title,
                HeadingLanguage = Language.Detect(title),
                Title = title,
                StatedYear = year,
                ArxivId = _links.ArxivId,
                Links = _links.Links,
                Summary = summary,
                SummaryLanguage = summary is null ? null : Language.Detect(summary),
            });
        }
    }

    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s+(?<title>\S.*)$")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"^[-*•]\s+(?<item>\S.*)$")]
    private static partial Regex ListItem();
}
