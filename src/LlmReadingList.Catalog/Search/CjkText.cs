using System.Text;

namespace LlmReadingList.Catalog.Search;

/// <summary>
/// Chinese text as the search index sees it: the ideograph ranges <c>catalog_cjk_tsvector</c> indexes (the initial
/// migration's regular expression), and the tsquery that matches a run of them through its overlapping bigrams.
/// </summary>
public static class CjkText
{
    /// <summary>The same ranges as the SQL function: Extension A, Unified Ideographs, Compatibility Ideographs.</summary>
    public static bool IsIndexedIdeograph(char c) =>
        c is >= '\u3400' and <= '\u4dbf' or >= '\u4e00' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    /// <summary>
    /// The tsquery text that matches <paramref name="run"/> inside any indexed run: its bigrams as a phrase
    /// (<c>'注意' &lt;-&gt; '意力'</c>). A single character becomes a prefix match (<c>'环':*</c>): it finds the character
    /// alone and at the start of any bigram, which is every place except the last character of a run.
    /// </summary>
    public static string BigramPhrase(string run)
    {
        ArgumentException.ThrowIfNullOrEmpty(run);
        if (run.Length == 1)
        {
            return Lexeme(run) + ":*";
        }

        var builder = new StringBuilder(run.Length * 8);
        for (var i = 0; i + 1 < run.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" <-> ");
            }

            builder.Append(Lexeme(run.Substring(i, 2)));
        }

        return builder.ToString();
    }

    /// <summary>A quoted tsquery lexeme: the tsquery input function reads backslash as an escape and '' as a quote.</summary>
    public static string Lexeme(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
