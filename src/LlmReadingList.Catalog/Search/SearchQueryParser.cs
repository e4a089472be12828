using System.Globalization;
using System.Text;

namespace LlmReadingList.Catalog.Search;

/// <summary>
/// Reads a free-text query the way a web search box does: words, "quoted phrases", -exclusions, "or" between
/// alternatives, four-digit years ("lora 2021", "2020-2023") as year filters, and runs of Chinese characters. Pure and
/// total: any string (control characters, unbalanced quotes, tsquery or SQL syntax, emoji, ten thousand characters)
/// gives a query, never an exception. Words are passed on as typed so PostgreSQL's parser splits them exactly as it
/// split the documents ("GPT-4" must stay one token to match).
/// </summary>
public static class SearchQueryParser
{
    /// <summary>Longer queries are cut (at a space when one is near): no title or phrase needs more.</summary>
    public const int MaxLength = 200;

    /// <summary>Terms (searched and excluded together) beyond this are dropped.</summary>
    public const int MaxTerms = 16;

    public static ParsedQuery Parse(string? raw)
    {
        var (text, truncated) = Clean(raw ?? string.Empty);
        if (text.Length == 0)
        {
            return ParsedQuery.Empty with { Truncated = truncated };
        }

        var groups = new List<List<QueryTerm>> { new() };
        var excluded = new List<QueryTerm>();
        var yearTokens = new List<Token>();
        YearRange? years = null;
        var orPending = false;
        var termCount = 0;
        var dropped = false;

        foreach (var token in Tokenize(text))
        {
            if (token is { Quoted: false, Negated: false })
            {
                if (token.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    orPending = groups[^1].Count > 0;
                    continue;
                }

                if (TryReadYears(token.Text, out var range))
                {
                    yearTokens.Add(token);
                    years = years is null ? range : new YearRange(Math.Min(years.From!.Value, range.From!.Value), Math.Max(years.To!.Value, range.To!.Value));
                    continue;
                }
            }

            foreach (var term in TermsOf(token.Text, token.Quoted))
            {
                if (termCount == MaxTerms)
                {
                    dropped = true;
                    break;
                }

                termCount++;
                if (token.Negated)
                {
                    excluded.Add(term);
                    continue;
                }

                if (orPending)
                {
                    groups.Add([]);
                    orPending = false;
                }

                groups[^1].Add(term);
            }
        }

        return new ParsedQuery
        {
            Text = text,
            TextWithoutYears = yearTokens.Count == 0 ? text : WithoutTokens(text, yearTokens),
            Groups = groups.Where(g => g.Count > 0).Select(g => (IReadOnlyList<QueryTerm>)g.Distinct().ToList()).ToList(),
            Excluded = excluded.Distinct().ToList(),
            YearTokens = yearTokens.Select(t => t.Text).ToList(),
            Years = years,
            Truncated = truncated,
            TermsDropped = dropped,
        };
    }

    /// <summary>
    /// Drops control and format characters (NUL cannot even be stored in PostgreSQL text), folds full-width ASCII
    /// and typographic quotes, collapses whitespace and cuts to <see cref="MaxLength"/> without splitting a character.
    /// </summary>
    internal static (string Text, bool Truncated) Clean(string raw)
    {
        var builder = new StringBuilder(Math.Min(raw.Length, MaxLength + 2));
        var truncated = false;
        foreach (var rune in raw.EnumerateRunes())
        {
            var folded = Fold(rune);
            if (folded is null)
            {
                continue;
            }

            if (folded.Value.Value == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            if (builder.Length + folded.Value.Utf16SequenceLength > MaxLength)
            {
                truncated = true;
                break;
            }

            builder.Append(folded.Value.ToString());
        }

        if (truncated)
        {
            // cut at a space when one is near, so the last word is not half a word
            var lastSpace = builder.ToString().LastIndexOf(' ');
            if (lastSpace >= MaxLength * 3 / 4)
            {
                builder.Length = lastSpace;
            }
        }

        return (builder.ToString().Trim(), truncated);
    }

    /// <summary>The character to keep (possibly folded), a space for a separator, or null to drop it.</summary>
    private static Rune? Fold(Rune rune)
    {
        var value = rune.Value;
        if (rune == Rune.ReplacementChar || value == '\u3000')
        {
            return new Rune(' ');
        }

        if (value is >= 0xFF01 and <= 0xFF5E)
        {
            return new Rune(value - 0xFF01 + 0x21);
        }

        switch (value)
        {
            case '“' or '”' or '„' or '‟' or '「' or '」' or '『' or '』' or '«' or '»':
                return new Rune('"');
            case '‘' or '’':
                return new Rune('\'');
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Format => null,
            UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.Surrogate or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => new Rune(' '),
            _ => rune,
        };
    }

    private sealed record Token(string Text, int Start, int Length, bool Quoted, bool Negated);

    /// <summary>Splits cleaned text (single spaces) into words and quoted phrases, each possibly negated by leading '-'.</summary>
    private static IEnumerable<Token> Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            var negated = false;
            if (text[i] == '-')
            {
                while (i < text.Length && text[i] == '-')
                {
                    i++;
                }

                if (i == text.Length || text[i] == ' ')
                {
                    continue; // dashes alone negate nothing
                }

                negated = true;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var content = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
                yield return new Token(content, start, i - start, Quoted: true, negated);
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] != ' ' && text[end] != '"')
                {
                    end++;
                }

                yield return new Token(text[i..end], start, end - start, Quoted: false, negated);
                i = end;
            }
        }
    }

    private static bool TryReadYears(string token, out YearRange range)
    {
        range = new YearRange(null, null);
        if (token.Length == 4 && TryYear(token, out var year))
        {
            range = new YearRange(year, year);
            return true;
        }

        foreach (var separator in new[] { "-", "–", "—", ".." })
        {
            if (token.Length == 8 + separator.Length && token.AsSpan(4).StartsWith(separator, StringComparison.Ordinal)
                && TryYear(token[..4], out var from) && TryYear(token[(4 + separator.Length)..], out var to))
            {
                range = new YearRange(Math.Min(from, to), Math.Max(from, to));
                return true;
            }
        }

        return false;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && YearRange.IsPlausible(year);

    /// <summary>
    /// The terms in one token: CJK runs become CJK terms; the text between them becomes words (or, quoted, one phrase).
    /// A word keeps its inner punctuation ("GPT-4", "o'reilly") for PostgreSQL's parser; leading dashes are dropped
    /// (they would read as exclusions), and text with no letter or digit (emoji, "&amp;|!") is no term at all.
    /// </summary>
    private static IEnumerable<QueryTerm> TermsOf(string text, bool quoted)
    {
        var latin = new List<string>();
        var cjk = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var isCjk = CjkText.IsIndexedIdeograph(text[i]);
            while (i < text.Length && CjkText.IsIndexedIdeograph(text[i]) == isCjk)
            {
                i++;
            }

            if (isCjk)
            {
                cjk.Add(text[start..i]);
            }
            else
            {
                latin.AddRange(text[start..i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('-')).Where(w => IsSearchableWord(w, quoted)));
            }
        }

        if (quoted)
        {
            if (latin.Count > 0)
            {
                yield return new QueryTerm(QueryTermKind.Phrase, string.Join(' ', latin));
            }
        }
        else
        {
            foreach (var word in latin)
            {
                yield return new QueryTerm(QueryTermKind.Word, word);
            }
        }

        foreach (var run in cjk)
        {
            yield return new QueryTerm(QueryTermKind.Cjk, run);
        }
    }

    // Outside quotes a bare "or" left over (from "注意or力", say) would read as the operator once words are rejoined;
    // inside quotes it is an ordinary (stop) word that keeps the phrase's word distances right.
    private static bool IsSearchableWord(string word, bool quoted) =>
        (quoted || !word.Equals("or", StringComparison.OrdinalIgnoreCase)) && word.EnumerateRunes().Any(Rune.IsLetterOrDigit);

    private static string WithoutTokens(string text, IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder(text);
        foreach (var token in tokens.OrderByDescending(t => t.Start))
        {
            builder.Remove(token.Start, token.Length);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
