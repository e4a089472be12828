using System.Globalization;
using System.Text;

namespace LlmReadingList.Catalog.Text;

/// <summary>A key under which two spellings of the same paper title compare equal.</summary>
public static class TitleKey
{
    /// <summary>
    /// NFKC, lower-case (invariant), "×" read as "x", dashes and slashes read as spaces, other punctuation,
    /// quotes and symbols dropped, whitespace collapsed. "Attention Is All You Need" and
    /// "attention  is all-you need!" give the same key.
    /// </summary>
    public static string For(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return "";

        var normalized = title.IsNormalized(NormalizationForm.FormKC) ? title : title.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized.ToLowerInvariant())
        {
            var mapped = Map(c);
            if (mapped == ' ')
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            if (mapped == '\0')
                continue;
            if (pendingSpace)
                key.Append(' ');
            pendingSpace = false;
            key.Append(mapped);
        }
        return key.ToString();
    }

    // ' ' separates words, '\0' drops the character.
    private static char Map(char c)
    {
        if (c == '×')
            return 'x';
        if (c == '/' || char.IsWhiteSpace(c))
            return ' ';
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.DashPunctuation => ' ',
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => c,
            _ when char.IsLetterOrDigit(c) || char.IsSurrogate(c) => c,
            _ => '\0',
        };
    }
}
