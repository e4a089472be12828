using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using static LlmReadingList.Tests.Search.SearchCatalog;

namespace LlmReadingList.Tests.Search;

/// <summary>The search page through HTTP: what it shows, where its links lead, and that no input breaks it.</summary>
public sealed class SearchPageTests(SearchCatalog catalog) : IClassFixture<SearchCatalog>
{
    private async Task<(HttpStatusCode Status, IDocument Page, string Html)> GetAsync(string pathAndQuery)
    {
        using var client = catalog.CreateClient();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), html);
    }

    private async Task<IDocument> OkAsync(string pathAndQuery)
    {
        var (status, page, _) = await GetAsync(pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private static List<string> ResultTitles(IDocument page) =>
        page.QuerySelectorAll(".search-result-title a").Select(a => a.TextContent.Trim()).ToList();

    private static string Href(IElement element) => WebUtility.HtmlDecode(element.GetAttribute("href")!);

    [Fact]
    public async Task A_typo_finds_the_paper_and_links_to_it()
    {
        var page = await OkAsync("/search?q=atention+is+all+you+need");

        var first = page.QuerySelector(".search-result-title a")!;
        Assert.Equal(AttentionTitle, first.TextContent.Trim());
        Assert.StartsWith("/papers/attention-is-all-you-need", Href(first), StringComparison.Ordinal);
        Assert.Equal("atention is all you need", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_search_path_is_case_insensitive() => await OkAsync("/Search?q=lora");

    [Fact]
    public async Task A_result_shows_year_authors_lists_and_a_highlighted_snippet()
    {
        var page = await OkAsync("/search?q=convolutions");

        var result = page.QuerySelector(".search-result")!;
        Assert.Equal("2017", result.QuerySelector(".search-result-year")!.TextContent.Trim());
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Google Brain"], result.QuerySelectorAll(".search-result-authors a").Select(a => a.TextContent));
        Assert.Equal("/authors/ashish-vaswani", Href(result.QuerySelector(".search-result-authors a")!));
        Assert.Equal(["LLM Reading List", "大模型论文清单"], result.QuerySelectorAll(".search-result-lists a").Select(a => a.TextContent));
        Assert.Equal("convolutions", result.QuerySelector(".search-result-snippet mark")!.TextContent);
    }

    [Fact]
    public async Task Chinese_finds_the_english_title_with_the_run_highlighted()
    {
        var page = await OkAsync("/search?q=" + Uri.EscapeDataString("环注意力"));

        Assert.Equal([RingTitle], ResultTitles(page));
        Assert.Equal("环注意力", page.QuerySelector(".search-result-snippet mark")!.TextContent);
        Assert.Equal("zh", page.QuerySelector(".search-result-snippet")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Database_text_is_escaped_never_rendered_as_markup()
    {
        var (_, page, html) = await GetAsync("/search?q=untrusted+transformer");

        Assert.Contains(ScriptTitle, ResultTitles(page));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>markup</b>", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_links_narrow_and_keep_the_other_parameters()
    {
        var page = await OkAsync("/search?q=transformer&sort=newest");

        var tag = page.QuerySelectorAll(".search-facets a").Single(a => a.TextContent == "Fine-tuning");
        Assert.Equal("/search?q=transformer&tag=fine-tuning&sort=newest", Href(tag));

        var narrowed = await OkAsync(Href(tag));
        Assert.Equal([LoraTitle], ResultTitles(narrowed));
        var remove = narrowed.QuerySelectorAll(".search-filters a").Single();
        Assert.Equal("/search?q=transformer&sort=newest", Href(remove));
        Assert.Contains("Tag: Fine-tuning", narrowed.QuerySelector(".search-filters")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_facet_kind_is_offered_on_an_empty_query()
    {
        var page = await OkAsync("/search");

        Assert.Equal(["Year", "Topic", "Author", "Organisation", "Reading list", "Language"], page.QuerySelectorAll(".facet h3").Select(h => h.TextContent));
        Assert.Equal(ScriptTitle, ResultTitles(page)[0]);
        Assert.Contains($"{VisiblePapers} papers", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
        var chinese = page.QuerySelectorAll(".search-facets a").Single(a => a.TextContent == "Chinese 中文");
        Assert.Equal("/search?lang=zh", Href(chinese));
    }

    [Fact]
    public async Task A_year_in_the_query_is_shown_as_a_filter_that_can_be_removed()
    {
        var page = await OkAsync("/search?q=lora+2021&tag=fine-tuning");

        Assert.Equal([LoraTitle], ResultTitles(page));
        var filter = page.QuerySelectorAll(".search-filters li")[0];
        Assert.Contains("Year 2021 (from your query)", filter.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=lora&tag=fine-tuning", Href(filter.QuerySelector("a")!));
    }

    [Fact]
    public async Task Sort_links_keep_the_query_and_mark_the_current_sort()
    {
        var page = await OkAsync("/search?q=language+models&sort=title");

        var current = page.QuerySelector(".search-sort a[aria-current]")!;
        Assert.Equal("Title", current.TextContent);
        Assert.Equal("/search?q=language%20models&sort=oldest", Href(page.QuerySelectorAll(".search-sort a").Single(a => a.TextContent == "Oldest")));
    }

    [Fact]
    public async Task Pages_link_to_each_other()
    {
        var first = await OkAsync("/search?q=mixture+experts");

        Assert.Equal(SearchRequestPageSize, first.QuerySelectorAll(".search-result").Length);
        var next = first.QuerySelector(".search-pager a[rel=next]")!;
        Assert.Equal("/search?q=mixture%20experts&page=2", Href(next));

        var second = await OkAsync(Href(next));
        Assert.Equal(MixturePapers - SearchRequestPageSize, second.QuerySelectorAll(".search-result").Length);
        Assert.Equal((SearchRequestPageSize + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".search-pager a[rel=prev]"));
    }

    [Fact]
    public async Task A_page_past_the_end_says_so()
    {
        var page = await OkAsync("/search?q=lora&page=7");

        Assert.Contains("Go to the first page", page.QuerySelector(".search-empty")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_found_suggests_a_title()
    {
        var page = await OkAsync("/search?q=retrieval+augmented+generation+xyzzy");

        Assert.Empty(ResultTitles(page));
        var suggestion = page.QuerySelector(".search-suggestion a")!;
        Assert.Equal(RagTitle, suggestion.TextContent);
        Assert.Equal(RagTitle, ResultTitles(await OkAsync(Href(suggestion)))[0]);
    }

    [Fact]
    public async Task Nothing_found_under_filters_offers_to_drop_them()
    {
        var page = await OkAsync("/search?q=lora&year=2017");

        Assert.Equal("/search?q=lora", Href(page.QuerySelectorAll(".search-empty a").First(a => a.TextContent == "Search without filters")));
    }

    public static TheoryData<string> OddQueries => new()
    {
        "",
        "%20%20%20",
        "'",
        "''",
        "%27%3B%20DROP%20TABLE%20paper%3B%20--",
        "a%20%26%20b",
        "%7C",
        "!",
        "!!lora",
        "lora%3A*",
        "%5C",
        "%5C%5C%27",
        "%3C-%3E",
        "a%20%3C-%3E%20b",
        "(",
        ")",
        "((lora)",
        "%22",
        "%22unbalanced",
        "%22%22",
        "-",
        "--",
        "-%22",
        "or",
        "OR%20OR",
        "-transformer",
        "%F0%9F%A6%99",
        "%F0%9F%91%A9%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7",
        "%00",
        "lora%00rank",
        "%01%02%03%1B%5B31m",
        "%7F",
        "%E2%80%8B%E2%80%AE",
        "%ED%A0%80",
        "%FF%FE",
        "%E7%8E%AF",
        "%E5%8A%9B",
        "the%20of%20and",
        "2021",
        "99999",
        "1950-2100",
        "2100..1950",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%25%25%25",
        "_",
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Odd_queries_give_a_normal_page(string q)
    {
        var (status, page, html) = await GetAsync("/search?q=" + q);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector(".search-count"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_cut_and_searched()
    {
        var (status, page, _) = await GetAsync("/search?q=" + string.Concat(Enumerable.Repeat("attention+", 1000)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("cut to its first", page.QuerySelector(".search-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(AttentionTitle, ResultTitles(page));
        Assert.True(page.QuerySelector("#search-q")!.GetAttribute("value")!.Length <= 200);
    }

    [Fact]
    public async Task Ten_thousand_chinese_characters_are_cut_and_searched()
    {
        var (status, _, _) = await GetAsync("/search?q=" + Uri.EscapeDataString(new string('注', 10_000)));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("year=99999", "year")]
    [InlineData("year=-2021", "year")]
    [InlineData("from=20x0", "from")]
    [InlineData("to=%00", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("sort=best", "sort")]
    [InlineData("sort=%27%3B--", "sort")]
    [InlineData("author=Not%20A%20Slug", "author")]
    [InlineData("tag=%27%3B%20DROP%20TABLE%20tag%3B%20--", "tag")]
    [InlineData("list=%E4%B8%AD%E6%96%87", "list")]
    [InlineData("lang=klingon-language", "lang")]
    public async Task Malformed_parameters_get_400_with_a_message(string query, string parameter)
    {
        var (status, page, _) = await GetAsync("/search?q=lora&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problem = page.QuerySelector(".search-problem")!;
        Assert.Contains($"“{parameter}”", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=lora", Href(problem.QuerySelector("a")!));
        Assert.Empty(ResultTitles(page));
    }

    [Theory]
    [InlineData("year=")]
    [InlineData("year=2017&year=2020")]
    [InlineData("from=2023&to=2020")]
    [InlineData("author=nobody-at-all")]
    [InlineData("tag=unknown-tag&list=no-such-list")]
    [InlineData("lang=fr")]
    [InlineData("sort=NEWEST")]
    [InlineData("page=50")]
    [InlineData("unknown=parameter")]
    [InlineData("q=lora&q=qlora")]
    public async Task Well_formed_but_odd_parameters_give_a_normal_page(string query)
    {
        var (status, page, _) = await GetAsync("/search?" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector(".search-count"));
    }

    [Fact]
    public async Task An_unknown_slug_is_named_in_its_filter()
    {
        var page = await OkAsync("/search?author=nobody-at-all");

        Assert.Contains("“nobody-at-all” (not in the catalog)", page.QuerySelector(".search-filters")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(ResultTitles(page));
    }

    [Fact]
    public async Task The_catalog_survives_injection_attempts()
    {
        await GetAsync("/search?q=%27%3B%20DROP%20TABLE%20paper%3B%20--");

        Assert.Contains(AttentionTitle, ResultTitles(await OkAsync("/search?q=attention")));
    }

    private const int SearchRequestPageSize = LlmReadingList.Catalog.Search.SearchRequest.PageSize;
}
