using System.Globalization;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Data;

namespace LlmReadingList.Catalog.Search;

/// <summary>
/// A validated search. Free text never fails (it is cleaned and cut by <see cref="SearchQueryParser"/>); a
/// structured parameter that cannot mean anything (year=abc, sort=best, author=Not A Slug, page=0) is refused with a
/// message rather than guessed at, because it can only come from a hand-edited or broken link. A well-formed slug
/// that names nothing is not an error: it finds no papers.
/// </summary>
public sealed partial record SearchRequest
{
    public const int PageSize = 20;

    /// <summary>At most this many matches are ranked, paged and counted (see <see cref="SearchResults.IsCapped"/>).</summary>
    public const int CandidateCap = 1000;

    public const int MaxPage = CandidateCap / PageSize;

    public ParsedQuery Query { get; init; } = ParsedQuery.Empty;

    /// <summary>The year parameter (one year).</summary>
    public int? Year { get; init; }

    public int? From { get; init; }

    public int? To { get; init; }

    public string? Author { get; init; }

    public string? Tag { get; init; }

    public string? List { get; init; }

    public string? Lang { get; init; }

    /// <summary>The sort the reader chose; null for the default.</summary>
    public SearchSort? RequestedSort { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Relevance when there is something to rank by, else newest first.</summary>
    public SearchSort Sort => RequestedSort ?? (Query.HasSearchTerms ? SearchSort.Relevance : SearchSort.Newest);

    /// <summary>The years every year filter allows (year, from/to and years typed in the query); null when none is set.</summary>
    public YearRange? Years
    {
        get
        {
            YearRange? range = null;
            if (Year is { } year)
            {
                range = new YearRange(year, year);
            }

            if (From is not null || To is not null)
            {
                range = range?.Intersect(new YearRange(From, To)) ?? new YearRange(From, To);
            }

            if (Query.Years is { } typed)
            {
                range = range?.Intersect(typed) ?? typed;
            }

            return range;
        }
    }

    public bool HasFilters => Years is not null || Author is not null || Tag is not null || List is not null || Lang is not null;

    public static (SearchRequest? Request, IReadOnlyList<SearchParameterError> Errors) Create(SearchParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = new List<SearchParameterError>();
        var from = ReadYear("from", parameters.From, errors);
        var to = ReadYear("to", parameters.To, errors);
        if (from > to)
        {
            (from, to) = (to, from);
        }

        var request = new SearchRequest
        {
            Query = SearchQueryParser.Parse(parameters.Q),
            Year = ReadYear("year", parameters.Year, errors),
            From = from,
            To = to,
            Author = ReadSlug("author", parameters.Author, errors),
            Tag = ReadSlug("tag", parameters.Tag, errors),
            List = ReadSlug("list", parameters.List, errors),
            Lang = ReadLanguage(parameters.Lang, errors),
            RequestedSort = ReadSort(parameters.Sort, errors),
            Page = ReadPage(parameters.Page, errors),
        };
        return errors.Count == 0 ? (request, errors) : (null, errors);
    }

    private static int? ReadYear(string name, string? text, List<SearchParameterError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && YearRange.IsPlausible(year))
        {
            return year;
        }

        errors.Add(new(name, $"“{name}” must be a year from {YearRange.Earliest} to {YearRange.Latest}, not “{Shorten(text)}”."));
        return null;
    }

    private static string? ReadSlug(string name, string? text, List<SearchParameterError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var slug = text.Trim();
        if (slug.Length <= Limits.SlugLength && SlugPattern().IsMatch(slug))
        {
            return slug;
        }

        errors.Add(new(name, $"“{name}” must be a slug such as “large-language-models” (lower-case letters, digits and single hyphens), not “{Shorten(text)}”."));
        return null;
    }

    private static string? ReadLanguage(string? text, List<SearchParameterError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var language = text.Trim().ToLowerInvariant();
        if (LanguagePattern().IsMatch(language))
        {
            return language;
        }

        errors.Add(new("lang", $"“lang” must be a language code such as “en” or “zh”, not “{Shorten(text)}”."));
        return null;
    }

    private static SearchSort? ReadSort(string? text, List<SearchParameterError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (SearchSorts.TryParse(text, out var sort))
        {
            return sort;
        }

        errors.Add(new("sort", $"“sort” must be one of {string.Join(", ", SearchSorts.All.Select(s => s.Name()))}, not “{Shorten(text)}”."));
        return null;
    }

    private static int ReadPage(string? text, List<SearchParameterError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
        {
            return page;
        }

        errors.Add(new("page", $"“page” must be a whole number from 1 to {MaxPage} (results stop after the first {CandidateCap.ToString("N0", CultureInfo.InvariantCulture)} matches), not “{Shorten(text)}”."));
        return 1;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
