namespace LlmReadingList.Tests.Pages.Home;

public sealed class HomePageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    [Fact]
    public async Task Shows_the_lists_with_counts_and_descriptions()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/");

        Assert.Equal("LLM Reading List", page.Title);
        Assert.Equal(["/lists/english-list", "/lists/chinese-list"], page.Hrefs(".list-summary h3 a"));
        Assert.Equal(["5 papers", "2 papers"], page.Texts(".list-summary .count"));
        Assert.Equal("zh", page.QuerySelectorAll(".list-summary h3 a")[1].GetAttribute("lang"));
    }

    [Fact]
    public async Task Shows_recently_added_papers_newest_first_without_merged_ones()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/");

        var recent = page.Texts("#recent-title + ul .card-title a");
        Assert.Equal("A Paper With A Hostile Summary", recent[0]);
        Assert.DoesNotContain("Attention Is All You Need (duplicate record)", recent);
        Assert.Contains("Attention Is All You Need", recent);
    }

    [Fact]
    public async Task Shows_papers_per_year_linking_each_year_and_the_undated()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/");

        Assert.Equal(["/years/2017", "/years/2018", "/years/2020", "/years/2021", "/years/unknown"], page.Hrefs(".year-bars a"));
        // the merged duplicate does not count
        Assert.Equal(["2 papers", "1 paper", "1 paper", "1 paper", "1 paper"], page.Texts(".year-bars .year-count"));
        Assert.Equal(["100", "50", "50", "50"], page.QuerySelectorAll(".year-bars rect").Select(r => r.GetAttribute("width")).ToList());
    }

    [Fact]
    public async Task Has_the_layout_landmarks_skip_link_and_search_form()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label='Main']"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        var search = page.QuerySelector("header form[role='search']")!;
        Assert.Equal("/search", search.GetAttribute("action"));
        Assert.Equal("get", search.GetAttribute("method"));
        Assert.NotNull(search.QuerySelector("input[name='q']"));
        Assert.NotNull(page.QuerySelector("main form[role='search'] input[name='q']"));
        Assert.Equal(["/lists", "/years", "/tags", "/authors"], page.Hrefs("header nav a"));
        Assert.Equal("https://localhost/", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.False(string.IsNullOrEmpty(page.Meta("description")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task The_stylesheet_is_served_plain_and_compressed(string? encoding)
    {
        using var client = app.CreateClient();
        var page = await PageHtml.GetAsync(client, "/");
        var href = page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        response.EnsureSuccessStatusCode();
        // builds compress with gzip, publishing adds br: an encoding the build lacks is served plain
        Assert.Contains(response.Content.Headers.ContentEncoding.SingleOrDefault(), new[] { null, encoding });
        Assert.True(body.Length > 1000, $"the stylesheet ({encoding ?? "plain"}) is {body.Length} bytes");
    }
}
