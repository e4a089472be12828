using System.ComponentModel;
using System.Reflection;
using LlmReadingList.Catalog.Search;
using Microsoft.AspNetCore.Mvc;

namespace LlmReadingList.Web.Pages.Search;

/// <summary>The search page's query string, bound as text so that no value can fail binding; validated by <see cref="SearchRequest"/>. <c>/api/papers</c> binds the same parameters.</summary>
public sealed class SearchInput
{
    [FromQuery(Name = "q")]
    [Description("Free text as typed into the search box: words, \"quoted phrases\", -excluded words, or, and years such as 2021 or 2020-2023.")]
    public string? Q { get; set; }

    [FromQuery(Name = "year")]
    [Description("One year (1950-2100).")]
    public string? Year { get; set; }

    [FromQuery(Name = "from")]
    [Description("First year of a range (1950-2100); reversed ends are swapped.")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    [Description("Last year of a range (1950-2100).")]
    public string? To { get; set; }

    [FromQuery(Name = "author")]
    [Description("Slug of an author or organisation.")]
    public string? Author { get; set; }

    [FromQuery(Name = "tag")]
    [Description("Slug of a tag.")]
    public string? Tag { get; set; }

    [FromQuery(Name = "list")]
    [Description("Slug of a reading list.")]
    public string? List { get; set; }

    [FromQuery(Name = "lang")]
    [Description("Papers with a summary or title in this language (en, zh).")]
    public string? Lang { get; set; }

    [FromQuery(Name = "sort")]
    [Description("relevance (default with text), newest (default without), oldest or title.")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    [Description("Page number, 1-50, 20 papers a page.")]
    public string? Page { get; set; }

    public SearchParameters ToParameters() => new(Q, Year, From, To, Author, Tag, List, Lang, Sort, Page);

    /// <summary>
    /// The parameters as the page binds them, first value of a repeated parameter, for endpoints outside MVC (minimal
    /// API binding would join repeated values with commas and refuse <c>year=2017&amp;year=2018</c>).
    /// </summary>
    public static SearchInput FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? First(string name) => query[name] is { Count: > 0 } values ? values[0] : null;
        return new SearchInput
        {
            Q = First("q"), Year = First("year"), From = First("from"), To = First("to"), Author = First("author"),
            Tag = First("tag"), List = First("list"), Lang = First("lang"), Sort = First("sort"), Page = First("page"),
        };
    }

    /// <summary>Each parameter's name and description, for documenting endpoints that take the same query string.</summary>
    public static IEnumerable<(string Name, string? Description)> Documented() =>
        typeof(SearchInput).GetProperties()
            .Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name, p.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .Where(p => p.Name is not null)
            .Select(p => (p.Name!, p.Description));
}
