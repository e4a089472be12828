using System.Text;

namespace LlmReadingList.Web.Exports;

/// <summary>Text as BibTeX field content: LaTeX's special characters escaped, everything else left as UTF-8.</summary>
public static class BibTexText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                // \{ and \} would still count in BibTeX's brace balancing; these commands keep every field balanced.
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A title with its acronyms and mixed-case words ("BERT", "RoBERTa", "GPT-4") in braces, so bibliography styles
    /// that change a title's case leave them alone.
    /// </summary>
    public static string Title(string title) =>
        string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
            IsCaseSensitive(word) ? "{" + Escape(word) + "}" : Escape(word)));

    // "BERT", "LLMs", "GPT-4" must keep their capitals; "Few-Shot" is only title case.
    private static bool IsCaseSensitive(string word) => word.Split('-').Any(part => part.Skip(1).Any(char.IsUpper));

    /// <summary>
    /// A keyword for the comma-separated, verbatim <c>keywords</c> field (biblatex and Better BibTeX do not decode
    /// LaTeX there): only what would break the list or the entry's braces is dropped.
    /// </summary>
    public static string Keyword(string keyword) =>
        string.Concat(keyword.Where(c => c is not ('{' or '}' or '\\'))).Replace(',', ' ').Trim();

    /// <summary>A URL as BibTeX's verbatim url field takes it: only braces and backslashes would break the entry.</summary>
    public static string Url(string url) =>
        url.Replace("\\", "%5C", StringComparison.Ordinal)
            .Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal);
}
