using LlmReadingList.Catalog.Search;
using Microsoft.AspNetCore.Mvc;

namespace LlmReadingList.Web.Pages.Search;

/// <summary>The search page's query string, bound as text so that no value can fail binding; validated by <see cref="SearchRequest"/>.</summary>
public sealed class SearchInput
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "author")]
    public string? Author { get; set; }

    [FromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [FromQuery(Name = "list")]
    public string? List { get; set; }

    [FromQuery(Name = "lang")]
    public string? Lang { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    public SearchParameters ToParameters() => new(Q, Year, From, To, Author, Tag, List, Lang, Sort, Page);
}
