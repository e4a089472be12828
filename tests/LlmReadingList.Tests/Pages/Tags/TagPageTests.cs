using System.Net;

namespace LlmReadingList.Tests.Pages.Tags;

public sealed class TagPageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    private BrowseCatalog Catalog => app.Catalog;

    [Fact]
    public async Task A_tag_page_lists_its_papers_newest_first()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/tags/transformers");

        Assert.Equal("Transformers", page.QuerySelector("h1")!.Text());
        Assert.Equal([$"/papers/{Catalog.Bert.Slug}", $"/papers/{Catalog.Attention.Slug}"], page.Hrefs(".card-title a"));
        Assert.Equal("/tags", page.QuerySelector(".breadcrumbs a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_index_lists_tags_with_counts_and_an_unknown_tag_is_404()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/tags");

        Assert.Equal(["/tags/scaling", "/tags/transformers"], page.Hrefs(".tag-cloud a"));
        Assert.Equal(["2", "2"], page.Texts(".tag-cloud .count"));
        await PageHtml.GetAsync(client, "/tags/nothing-here", HttpStatusCode.NotFound);
    }
}
