using System.Net;

namespace LlmReadingList.Tests.Pages.Years;

public sealed class YearPageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    private BrowseCatalog Catalog => app.Catalog;

    [Fact]
    public async Task A_year_page_lists_its_papers_and_links_the_neighbouring_years()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/years/2018");

        Assert.Equal("Papers from 2018", page.QuerySelector("h1")!.Text());
        Assert.Equal([$"/papers/{Catalog.Bert.Slug}"], page.Hrefs(".card-title a"));
        Assert.Equal("/years/2017", page.QuerySelector(".pager a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("/years/2020", page.QuerySelector(".pager a[rel='next']")!.GetAttribute("href"));
        Assert.Equal("Papers from 2018 · LLM Reading List", page.Title);
    }

    [Fact]
    public async Task The_first_year_has_no_previous_and_merged_papers_are_left_out()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/years/2017");

        Assert.Null(page.QuerySelector(".pager a[rel='prev']"));
        Assert.Equal(["Attention Is All You Need", Catalog.MoE.Title], page.Texts(".card-title a"));
        Assert.Equal(["注意力就是你所需要的一切"], page.Texts(".card .card-subtitle[lang='zh']"));
    }

    [Fact]
    public async Task Papers_without_a_year_have_their_own_page()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/years/unknown");

        Assert.Equal("Papers whose year is unknown", page.QuerySelector("h1")!.Text());
        Assert.Equal([$"/papers/{Catalog.Undated.Slug}"], page.Hrefs(".card-title a"));
        Assert.Equal(["zh"], page.QuerySelectorAll(".card .badge").Select(b => b.GetAttribute("data-lang")).ToList());
    }

    [Fact]
    public async Task The_index_links_every_year_and_a_year_without_papers_is_404()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/years");

        Assert.Equal(["/years/2017", "/years/2018", "/years/2020", "/years/2021", "/years/unknown"], page.Hrefs("main .year-bars a"));
        await PageHtml.GetAsync(client, "/years/1999", HttpStatusCode.NotFound);
    }
}
