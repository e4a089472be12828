using System.Globalization;
using System.Text;
using LlmReadingList.Catalog;

namespace LlmReadingList.Web.Exports;

/// <summary>
/// Citation keys in the familiar <c>vaswani2017attention</c> style: first author's family name (or the organisation's
/// name), year, first significant title word; lower-case ASCII. Within one export, papers that would share a key get
/// a, b, c … suffixes in the order of their catalog ids, so the oldest paper keeps the bare key wherever it is exported.
/// </summary>
public static class CitationKeys
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "by", "from", "at", "as", "via", "is", "are",
        "be", "do", "does", "can", "how", "what", "when", "why", "we", "you", "your", "our", "its", "it", "into", "towards", "toward",
    };

    /// <summary>A key for each record, unique within the list, in the list's order.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<CitationRecord> records)
    {
        var bases = records.Select(BaseKey).ToArray();
        var keys = new string[records.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, records.Count).OrderBy(i => records[i].Id).ThenBy(i => i))
        {
            var key = bases[i];
            while (!used.Add(key))
            {
                var n = nextSuffix.GetValueOrDefault(bases[i]) + 1;
                nextSuffix[bases[i]] = n;
                key = bases[i] + Suffix(n);
            }

            keys[i] = key;
        }

        return keys;
    }

    public static string BaseKey(CitationRecord record)
    {
        var first = record.Authors.Count > 0 ? record.Authors[0] : null;
        var name = first switch
        {
            null => "anon",
            { Kind: AuthorKind.Organization } => Ascii(first.Name),
            _ => Ascii(first.Parts.Family),
        };
        var year = record.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var word = record.Title.Split([' ', '-', ':', '/', '—', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii)
            .FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? string.Empty;
        var key = (name.Length > 0 ? name : "anon") + year + word;
        return char.IsAsciiLetter(key[0]) ? key : "paper" + key;
    }

    /// <summary>a … z, then aa, ab …</summary>
    private static string Suffix(int n)
    {
        var builder = new StringBuilder();
        for (n--; n >= 0; n = n / 26 - 1)
        {
            builder.Insert(0, (char)('a' + n % 26));
        }

        return builder.ToString();
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
