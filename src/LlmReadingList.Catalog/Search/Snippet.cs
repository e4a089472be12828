using System.Text;
using System.Text.RegularExpressions;

namespace LlmReadingList.Catalog.Search;

/// <summary>A piece of a snippet; the page wraps highlighted parts in &lt;mark&gt; and HTML-encodes all of them.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);

/// <summary>
/// Text around the matched words, as plain parts. Nothing from the database ever reaches the page as HTML: the
/// database marks matches with control characters (<see cref="StartMark"/>, <see cref="StopMark"/>) that summaries
/// cannot contain (the SQL strips them first), and this class turns them into parts.
/// </summary>
public sealed partial record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public const char StartMark = '\u0002';
    public const char StopMark = '\u0003';
    public const string Ellipsis = "…";

    public bool HasHighlight => Parts.Any(p => p.Highlighted);

    public string PlainText => string.Concat(Parts.Select(p => p.Text));

    /// <summary>A <c>ts_headline</c> result whose matches sit between <see cref="StartMark"/> and <see cref="StopMark"/>.</summary>
    public static Snippet? FromHeadline(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline))
        {
            return null;
        }

        var parts = new List<SnippetPart>();
        var highlighted = false;
        var text = new StringBuilder();
        foreach (var c in CleanMarkdown(headline))
        {
            if (c is StartMark or StopMark)
            {
                Flush(parts, text, highlighted);
                highlighted = c == StartMark;
            }
            else
            {
                text.Append(c);
            }
        }

        Flush(parts, text, highlighted);
        return parts.Count == 0 ? null : new Snippet(parts);
    }

    /// <summary>The start of a text, cut at a space near <paramref name="maxLength"/> characters.</summary>
    public static Snippet? Opening(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = WithoutMarks(CleanMarkdown(text));
        if (plain.Length <= maxLength)
        {
            return new Snippet([new SnippetPart(plain, false)]);
        }

        var cut = plain.LastIndexOf(' ', maxLength);
        var end = cut > maxLength / 2 ? cut : maxLength;
        if (char.IsHighSurrogate(plain[end - 1]))
        {
            end--;
        }

        return new Snippet([new SnippetPart(plain[..end].TrimEnd(), false), new SnippetPart(Ellipsis, false)]);
    }

    /// <summary>
    /// A window of text cut around a CJK match (the SQL cuts it), with every occurrence of every run highlighted.
    /// PostgreSQL's headline function cannot do this: its parser does not see the bigrams the index matched.
    /// </summary>
    public static Snippet? AroundRuns(string? context, IReadOnlyList<string> runs, bool cutAtStart, bool cutAtEnd)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (string.IsNullOrWhiteSpace(context))
        {
            return null;
        }

        var text = WithoutMarks(CleanMarkdown(context));
        var marked = new bool[text.Length];
        foreach (var run in runs.Where(r => r.Length > 0))
        {
            for (var at = text.IndexOf(run, StringComparison.Ordinal); at >= 0; at = text.IndexOf(run, at + run.Length, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, run.Length);
            }
        }

        var parts = new List<SnippetPart>();
        if (cutAtStart)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }

        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || marked[i] != marked[start])
            {
                parts.Add(new SnippetPart(text[start..i], marked[start]));
                start = i;
            }
        }

        if (cutAtEnd)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }

        return new Snippet(parts);
    }

    private static string WithoutMarks(string text) =>
        text.Replace(StartMark.ToString(), string.Empty, StringComparison.Ordinal).Replace(StopMark.ToString(), string.Empty, StringComparison.Ordinal);

    private static void Flush(List<SnippetPart> parts, StringBuilder text, bool highlighted)
    {
        if (text.Length > 0)
        {
            parts.Add(new SnippetPart(text.ToString(), highlighted));
            text.Clear();
        }
    }

    /// <summary>Summaries are Markdown; a snippet shows their words, not their syntax ("[text](url)" reads "text").</summary>
    internal static string CleanMarkdown(string text)
    {
        var cleaned = MarkdownLink().Replace(text, "$1");
        cleaned = MarkdownSyntax().Replace(cleaned, string.Empty);
        return Whitespace().Replace(cleaned, " ").Trim();
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)\s]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__|`+|^#+\s*|(?<=\s)#+\s|^>\s*)", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
