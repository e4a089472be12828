using System.Globalization;
using System.Text;

namespace LlmReadingList.Catalog.Text;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    /// <summary>The slug of a text, or an empty string when the text has no ASCII letters or digits (a Chinese title, say).</summary>
    public static string From(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '’')
            {
                pendingHyphen = true;
            }
        }

        return Truncate(builder.ToString(), maxLength);
    }

    /// <summary>A paper's slug: its title, then its arXiv id when it has one ("attention-is-all-you-need-1706-03762").</summary>
    public static string ForPaper(string title, string? arxivId, string fallback)
    {
        var id = From(arxivId);
        var titlePart = From(title, MaxLength - id.Length - 1);
        var slug = string.Join('-', new[] { titlePart, id }.Where(p => p.Length > 0));
        return slug.Length > 0 ? slug : From(fallback);
    }

    /// <summary>Appends -2, -3 ... until <paramref name="isTaken"/> says the slug is free.</summary>
    public static async Task<string> MakeUniqueAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        var candidate = slug;
        for (var n = 2; await isTaken(candidate); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            candidate = Truncate(slug, MaxLength - suffix.Length) + suffix;
        }

        return candidate;
    }

    private static string Truncate(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug[..maxLength];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > maxLength / 2 ? cut[..lastHyphen] : cut).Trim('-');
    }
}
