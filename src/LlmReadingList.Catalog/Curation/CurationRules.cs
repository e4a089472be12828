using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Curation;

/// <summary>The rules curators' values must meet, with the message shown next to the field.</summary>
public static class CurationRules
{
    public const int FirstYear = 1950;

    public static int LastYear(DateTimeOffset now) => now.Year + 1;

    public static string? TitleProblem(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "Enter a title."
        : title.Trim().Length > Limits.TitleLength ? $"A title can have at most {Limits.TitleLength} characters."
        : null;

    public static string? YearProblem(int? year, DateTimeOffset now) =>
        year is { } y && (y < FirstYear || y > LastYear(now)) ? $"The year must be between {FirstYear} and {LastYear(now)}." : null;

    /// <summary>Null when the text is empty or an arXiv id in any accepted form; <paramref name="normalised"/> gets the id.</summary>
    public static string? ArxivProblem(string? text, out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ArxivId.TryParse(text.Trim(), out normalised)
            ? null
            : "Enter an arXiv id such as 1706.03762 (a version suffix or an arxiv.org link is fine too).";
    }

    public static string? UrlProblem(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.AbsoluteUri.Length <= Limits.UrlLength
            ? null
            : "Enter a web address starting with http:// or https://.";

    public static string? SlugProblem(string? slug) =>
        string.IsNullOrWhiteSpace(slug) || Slug.From(slug) != slug
            ? "Use lower-case letters, digits and single hyphens (e.g. my-reading-list)."
            : null;
}
