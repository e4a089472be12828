using System.Net;
using System.Text.Json;

namespace LlmReadingList.Tests.Api;

/// <summary><c>GET /api/papers</c>: the search page's filters, sorts and paging as JSON, with links between pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class PaperSearchApiTests(ApiCatalog app)
{
    private const int VisiblePapers = 2 + ApiCatalog.ScalingPapers;

    [Fact]
    public async Task Without_parameters_it_pages_through_every_unmerged_paper_once()
    {
        using var client = app.CreateClient();

        var (_, first) = await ApiJson.GetAsync(client, "/api/papers");
        var (_, second) = await ApiJson.GetAsync(client, first.GetProperty("links").Text("next")[("https://localhost".Length)..]);

        Assert.Equal(VisiblePapers, first.GetProperty("total").GetInt32());
        Assert.False(first.GetProperty("totalIsCapped").GetBoolean());
        Assert.Equal((1, 20, 2), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("pageCount").GetInt32()));
        Assert.Equal(20, first.Items().Count);
        Assert.Equal(7, second.Items().Count);
        var ids = first.Items().Concat(second.Items()).Select(p => p.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(VisiblePapers, ids.Distinct().Count());
        Assert.DoesNotContain(app.DuplicateId, ids);

        var links = first.GetProperty("links");
        Assert.Equal("https://localhost/api/papers", links.Text("self"));
        Assert.Equal("https://localhost/api/papers", links.Text("first"));
        Assert.Equal(JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        Assert.Equal("https://localhost/api/papers?page=2", links.Text("next"));
        Assert.Equal("https://localhost/search", links.Text("html"));
        Assert.Equal("https://localhost/api/papers", second.GetProperty("links").Text("prev"));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("q=attention", ApiCatalog.AttentionTitle)]
    [InlineData("year=2018", ApiCatalog.BertTitle)]
    [InlineData("from=2018&to=2019", ApiCatalog.BertTitle)]
    [InlineData("author=jacob-devlin", ApiCatalog.BertTitle)]
    [InlineData("lang=zh", ApiCatalog.AttentionTitle)]
    [InlineData("tag=transformers", ApiCatalog.BertTitle + "|" + ApiCatalog.AttentionTitle)]
    [InlineData("list=transformer-reading&sort=oldest", ApiCatalog.AttentionTitle + "|" + ApiCatalog.BertTitle)]
    [InlineData("tag=transformers&sort=title", ApiCatalog.AttentionTitle + "|" + ApiCatalog.BertTitle)]
    [InlineData("tag=no-such-tag", "")]
    public async Task Filters_and_sorts_select_the_same_papers_as_the_search_page(string query, string titles)
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, $"/api/papers?{query}");

        var expected = titles.Length == 0 ? [] : titles.Split('|');
        Assert.Equal(expected, page.Items().Select(p => p.Text("title")));
        Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_hit_names_its_authors_lists_and_addresses_and_page_links_keep_the_filters()
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, "/api/papers?q=attention&tag=transformers&sort=title");

        var hit = Assert.Single(page.Items());
        Assert.Equal(app.AttentionId, hit.GetProperty("id").GetInt64());
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Google Brain"], hit.GetProperty("authors").Texts("name"));
        Assert.Equal(["person", "person", "organization"], hit.GetProperty("authors").Texts("kind"));
        Assert.Equal([ApiCatalog.ListSlug], hit.GetProperty("lists").Texts("slug"));
        Assert.Equal($"https://localhost/api/papers/{app.AttentionId}", hit.Text("url"));
        Assert.Equal($"https://localhost/papers/{app.AttentionSlug}", hit.Text("htmlUrl"));
        Assert.Equal("https://localhost/api/papers?q=attention&tag=transformers&sort=title", page.GetProperty("links").Text("self"));
        Assert.Equal("https://localhost/search?q=attention&tag=transformers&sort=title", page.GetProperty("links").Text("html"));
    }

    [Fact]
    public async Task A_page_past_the_last_result_is_an_empty_page_pointing_back()
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, "/api/papers?page=5");

        Assert.Empty(page.Items());
        Assert.Equal(VisiblePapers, page.GetProperty("total").GetInt32());
        Assert.Equal("https://localhost/api/papers?page=2", page.GetProperty("links").Text("prev"));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=51", "page")]
    [InlineData("year=99999", "year")]
    [InlineData("year=-1", "year")]
    [InlineData("from=abc", "from")]
    [InlineData("sort=best", "sort")]
    [InlineData("author=Not%20A%20Slug", "author")]
    [InlineData("lang=%3Cscript%3E", "lang")]
    public async Task A_malformed_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        using var client = app.CreateClient();

        var (response, problem) = await ApiJson.GetAsync(client, $"/api/papers?{query}", HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains($"“{parameter}”", errors.GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%27%20OR%201%3D1%20--")]
    [InlineData("q=%00%01%02")]
    [InlineData("q=%E2%80%AE%EF%BC%A1%F0%9F%98%80")]
    [InlineData("q=%22unclosed")]
    [InlineData("q=-")]
    [InlineData("q=or%20or%20or")]
    [InlineData("from=2030&to=1990")]
    [InlineData("year=2017&year=2019")]
    [InlineData("page=1&page=abc")]
    [InlineData("q[]=x&sort[]=title&unknown=1")]
    [InlineData("page=%20%202%20")]
    [InlineData("q=%ZZ")]
    public async Task Hostile_parameters_never_fail_the_server(string query)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/papers?{query}", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} gave {(int)response.StatusCode}");
        Assert.StartsWith("application/", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_very_long_query_is_cut_as_on_the_search_page()
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, "/api/papers?q=" + string.Concat(Enumerable.Repeat("attention%20", 2000)));

        Assert.Equal(ApiCatalog.AttentionTitle, page.Items()[0].Text("title"));
    }

    [Fact]
    public async Task A_repeated_parameter_is_read_as_one_value_the_same_one_the_search_page_uses()
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, "/api/papers?year=2018&year=2017&tag=transformers");
        var html = await client.GetStringAsync(new Uri("/search?year=2018&year=2017&tag=transformers", UriKind.Relative));

        var title = Assert.Single(page.Items()).Text("title");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(title), html, StringComparison.Ordinal);
        Assert.Contains("1 paper", html, StringComparison.Ordinal);
    }
}
