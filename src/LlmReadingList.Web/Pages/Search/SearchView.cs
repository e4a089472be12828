using System.Globalization;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Pages.Shared;

namespace LlmReadingList.Web.Pages.Search;

/// <summary>Everything the search page shows, worked out before rendering so the view only lays it out.</summary>
public sealed record SearchView
{
    public static readonly SearchView Empty = new();

    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    /// <summary>Malformed parameters (status 400); nothing was searched.</summary>
    public IReadOnlyList<SearchParameterError> Errors { get; init; } = [];

    /// <summary>The search took too long (status 503).</summary>
    public bool TimedOut { get; init; }

    public SearchRequest? Request { get; init; }

    public SearchResults Results { get; init; } = SearchResults.None;

    /// <summary>The query as searched (cleaned and cut), for the search box.</summary>
    public string QueryText { get; init; } = string.Empty;

    public bool IsBrowsing => Request is null || !Request.Query.HasSearchTerms;

    public string Title => QueryText.Length > 0 ? $"“{QueryText}” – Search" : "Search";

    public SearchLinks? Links => Request is null ? null : new SearchLinks(Request);

    /// <summary>
    /// The search's citation downloads and feed, carrying its query string (words and filters, not the page): they
    /// hold the papers this search finds, in its order. A search with neither words nor filters has none.
    /// </summary>
    public DownloadLinks? Downloads => Request is { } request && (request.Query.HasSearchTerms || request.HasFilters)
        ? DownloadLinks.Of(
            extension => new SearchLinks(request, $"{SearchLinks.Path}/cite.{extension}").Without(),
            new SearchLinks(request, "/feeds/search.atom").Without())
        : null;

    public int Offset => Request is null ? 0 : (Request.Page - 1) * SearchRequest.PageSize;

    public int PageCount => (Results.Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize;

    public static async Task<SearchView> LoadAsync(CatalogSearch search, SearchParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(parameters);
        var (request, errors) = SearchRequest.Create(parameters);
        if (request is null)
        {
            return new SearchView { StatusCode = StatusCodes.Status400BadRequest, Errors = errors, QueryText = SearchQueryParser.Parse(parameters.Q).Text };
        }

        try
        {
            var results = await search.SearchAsync(request, cancellationToken);
            return new SearchView { Request = request, Results = results, QueryText = request.Query.Text };
        }
        catch (SearchTimeoutException)
        {
            return new SearchView { StatusCode = StatusCodes.Status503ServiceUnavailable, TimedOut = true, Request = request, QueryText = request.Query.Text };
        }
    }

    /// <summary>The filters in force, each with a link that removes it.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters
    {
        get
        {
            if (Request is not { } request || Links is not { } links)
            {
                return [];
            }

            var filters = new List<ActiveFilter>();
            if (request.Query.YearTokens.Count > 0)
            {
                filters.Add(new($"Year {YearText(request.Query.Years)} (from your query)", links.WithoutYearsInQuery()));
            }

            if (request.Year is { } year)
            {
                filters.Add(new($"Year {year.ToString(CultureInfo.InvariantCulture)}", links.Without("year")));
            }

            if (request.From is not null || request.To is not null)
            {
                filters.Add(new($"Years {YearText(new YearRange(request.From, request.To))}", links.Without("from", "to")));
            }

            AddNamed(filters, "Author", request.Author, Results.FilterNames.Author, links.Without("author"));
            AddNamed(filters, "Tag", request.Tag, Results.FilterNames.Tag, links.Without("tag"));
            AddNamed(filters, "List", request.List, Results.FilterNames.List, links.Without("list"));
            if (request.Lang is { } lang)
            {
                filters.Add(new($"Language: {LanguageLabel(lang)}", links.Without("lang")));
            }

            return filters;
        }
    }

    public IReadOnlyList<FacetView> Facets
    {
        get
        {
            if (Request is not { } request || Links is not { } links)
            {
                return [];
            }

            var facets = Results.Facets;
            var year = Year(request.Year);
            return new[]
            {
                Facet("Year", "year", facets.Years, v => v.Value == year, links),
                Facet("Topic", "tag", facets.Tags, v => v.Value == request.Tag, links),
                Facet("Author", "author", facets.Authors, v => v.Value == request.Author, links),
                Facet("Organisation", "author", facets.Organizations, v => v.Value == request.Author, links),
                Facet("Reading list", "list", facets.Lists, v => v.Value == request.List, links),
                Facet("Language", "lang", facets.Languages.Select(v => v with { Label = LanguageLabel(v.Value) }).ToList(), v => v.Value == request.Lang, links),
            }.Where(f => f.Values.Count > 0).ToList();
        }
    }

    /// <summary>Things the reader should know about how the query was read.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            if (Request is not { } request)
            {
                return [];
            }

            var notes = new List<string>();
            if (request.Query.Truncated)
            {
                notes.Add($"Your query was cut to its first {SearchQueryParser.MaxLength} characters.");
            }

            if (request.Query.TermsDropped)
            {
                notes.Add($"Only the first {SearchQueryParser.MaxTerms} words were searched.");
            }

            if (request.Query.YearTokens.Count > 0)
            {
                notes.Add($"“{string.Join(' ', request.Query.YearTokens)}” was read as a year; to search for the number itself, put it in quotes.");
            }

            if (!request.Query.HasSearchTerms && request.Query.Excluded.Count > 0)
            {
                notes.Add("Your query only excludes words, so these are all papers without them.");
            }

            if (request.Years?.IsEmpty == true)
            {
                notes.Add("The year filters exclude each other, so no paper can match.");
            }

            return notes;
        }
    }

    public static string LanguageLabel(string code) => code switch
    {
        "en" => "English",
        "zh" => "Chinese 中文",
        _ => code,
    };

    private static string YearText(YearRange? range) => range switch
    {
        null => string.Empty,
        { IsSingleYear: true } => Year(range.From),
        { From: null } => $"to {Year(range.To)}",
        { To: null } => $"from {Year(range.From)}",
        _ => $"{Year(range.From)}–{Year(range.To)}",
    };

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void AddNamed(List<ActiveFilter> filters, string kind, string? slug, string? name, string removeUrl)
    {
        if (slug is not null)
        {
            filters.Add(new(name is null ? $"{kind}: “{slug}” (not in the catalog)" : $"{kind}: {name}", removeUrl));
        }
    }

    private static FacetView Facet(string heading, string parameter, IReadOnlyList<FacetValue> values, Func<FacetValue, bool> isSelected, SearchLinks links) =>
        new(heading, values.Select(v => isSelected(v)
            ? new FacetLink(v.Label, v.Count, links.Without(parameter), Selected: true)
            : new FacetLink(v.Label, v.Count, links.With(parameter, v.Value), Selected: false)).ToList());
}

public sealed record ActiveFilter(string Label, string RemoveUrl);

public sealed record FacetView(string Heading, IReadOnlyList<FacetLink> Values);

/// <summary>A facet value: its link narrows the search to it, or (when selected) removes it again.</summary>
public sealed record FacetLink(string Label, int Count, string Url, bool Selected);
