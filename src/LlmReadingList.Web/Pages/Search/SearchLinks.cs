using System.Globalization;
using LlmReadingList.Catalog.Search;
using Microsoft.AspNetCore.Http;

namespace LlmReadingList.Web.Pages.Search;

/// <summary>
/// Links from a search to its variations: every link keeps the other parameters (so facets narrow), and any change
/// but paging goes back to page 1. The same query string serves the search page and <c>/api/papers</c>.
/// </summary>
public sealed class SearchLinks(SearchRequest request, string path = SearchLinks.Path)
{
    public const string Path = "/search";

    private static readonly string[] Order = ["q", "year", "from", "to", "author", "tag", "list", "lang", "sort", "page"];

    public static string For(string? query) => string.IsNullOrWhiteSpace(query) ? Path : Build(Path, new() { ["q"] = query });

    public static string Paper(string slug) => $"/papers/{Uri.EscapeDataString(slug)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";

    public static string List(string slug) => $"/lists/{Uri.EscapeDataString(slug)}";

    /// <summary>This search with <paramref name="parameter"/> set to <paramref name="value"/> (removed when null).</summary>
    public string With(string parameter, string? value)
    {
        var values = Current();
        values[parameter] = value;
        values.Remove("page");
        if (parameter == "year")
        {
            // a chosen year replaces the range it was chosen from
            values.Remove("from");
            values.Remove("to");
        }

        return Build(path, values);
    }

    public string Without(params string[] parameters)
    {
        var values = Current();
        foreach (var parameter in parameters.Append("page"))
        {
            values.Remove(parameter);
        }

        return Build(path, values);
    }

    public string ToPage(int page)
    {
        var values = Current();
        values["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null;
        return Build(path, values);
    }

    /// <summary>The query without the years typed into it, keeping every other filter.</summary>
    public string WithoutYearsInQuery() => With("q", request.Query.TextWithoutYears);

    private Dictionary<string, string?> Current() => new()
    {
        ["q"] = request.Query.Text,
        ["year"] = Text(request.Year),
        ["from"] = Text(request.From),
        ["to"] = Text(request.To),
        ["author"] = request.Author,
        ["tag"] = request.Tag,
        ["list"] = request.List,
        ["lang"] = request.Lang,
        ["sort"] = request.RequestedSort?.Name(),
        ["page"] = request.Page > 1 ? Text(request.Page) : null,
    };

    private static string Build(string path, Dictionary<string, string?> values)
    {
        var pairs = Order.Where(k => !string.IsNullOrEmpty(values.GetValueOrDefault(k))).Select(k => KeyValuePair.Create(k, values[k]));
        return path + QueryString.Create(pairs).ToUriComponent();
    }

    private static string? Text(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}
