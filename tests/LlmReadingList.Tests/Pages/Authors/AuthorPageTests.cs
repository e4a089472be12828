using System.Net;

namespace LlmReadingList.Tests.Pages.Authors;

public sealed class AuthorPageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    private BrowseCatalog Catalog => app.Catalog;

    [Fact]
    public async Task A_person_page_lists_their_papers_newest_first_and_who_they_are_credited_with()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/authors/noam-shazeer");

        Assert.Equal("Noam Shazeer", page.QuerySelector("h1")!.Text());
        Assert.StartsWith("Author · 2 papers", page.QuerySelector(".card-meta")!.Text(), StringComparison.Ordinal);
        Assert.Equal(
            [$"/papers/{Catalog.Attention.Slug}", $"/papers/{Catalog.MoE.Slug}"],
            page.Hrefs("#papers-title + ul .card-title a"));
        Assert.Equal(["/authors/ashish-vaswani", "/authors/google-brain"], page.Hrefs(".author-rows a"));
    }

    [Fact]
    public async Task An_organisation_page_says_it_is_an_organisation()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/authors/google-brain");

        Assert.StartsWith("Organisation · 1 paper", page.QuerySelector(".card-meta")!.Text(), StringComparison.Ordinal);
        Assert.Equal([$"/papers/{Catalog.Attention.Slug}"], page.Hrefs("#papers-title + ul .card-title a"));
    }

    [Fact]
    public async Task A_chinese_name_is_marked_as_chinese()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/authors/{Catalog.ZhangWei.Slug}");

        Assert.Equal("张伟", page.QuerySelector("h1")!.Text());
        Assert.Equal("zh", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("/years/unknown", page.QuerySelector(".card a.year")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_index_groups_organisations_and_people_with_counts()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/authors");

        Assert.Equal(["Google Brain", "OpenAI"], page.Texts("#organisations-title + ul a"));
        var people = page.Texts("#people-title + ul a");
        Assert.Equal(["Ashish Vaswani", "Jacob Devlin", "Noam Shazeer", "Tom Brown", "张伟"], people);
        Assert.Equal("2", page.QuerySelectorAll("#people-title + ul li")[2].QuerySelector(".count")!.Text());
    }

    [Fact]
    public async Task An_old_author_slug_redirects_and_an_unknown_one_is_404()
    {
        using var client = app.CreateClient();

        Assert.Equal("/authors/ashish-vaswani", await PageHtml.RedirectTargetAsync(client, "/authors/a-vaswani"));
        var page = await PageHtml.GetAsync(client, "/authors/nobody-at-all", HttpStatusCode.NotFound);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
