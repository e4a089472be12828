using System.Net;
using AngleSharp.Dom;
using LlmReadingList.Tests.Api;

namespace LlmReadingList.Tests.Pages;

/// <summary>The "Cite or download" links on paper, list and search pages: present, labelled, and each answering its file.</summary>
public sealed class DownloadLinksTests(ApiCatalog app) : IClassFixture<ApiCatalog>
{
    private static readonly (string Label, string Extension, string MediaType)[] Citations =
    [
        ("BibTeX", "bib", "application/x-bibtex"),
        ("RIS", "ris", "application/x-research-info-systems"),
        ("CSL-JSON", "csl.json", "application/vnd.citationstyles.csl+json"),
        ("CSV", "csv", "text/csv"),
    ];

    [Fact]
    public async Task A_paper_page_links_its_citation_in_every_format()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{app.AttentionSlug}");

        var links = DownloadLinks(page);
        Assert.Equal(Citations.Select(c => $"/papers/{app.AttentionSlug}/cite.{c.Extension}"), links.Select(l => l.GetAttribute("href")));
        await AssertEachAnswersItsMediaTypeAsync(client, links, ApiCatalog.AttentionTitle);
    }

    [Fact]
    public async Task A_list_page_links_its_citations_and_its_feed_and_announces_the_feed()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/lists/{ApiCatalog.ListSlug}");

        var links = DownloadLinks(page);
        Assert.Equal(
            Citations.Select(c => $"/lists/{ApiCatalog.ListSlug}/cite.{c.Extension}").Append($"/feeds/lists/{ApiCatalog.ListSlug}.atom"),
            links.Select(l => l.GetAttribute("href")));
        Assert.Equal("Atom feed .atom", links[^1].Text());
        Assert.False(links[^1].HasAttribute("download"));
        Assert.Equal($"/feeds/lists/{ApiCatalog.ListSlug}.atom", page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        await AssertEachAnswersItsMediaTypeAsync(client, links, "Deep Bidirectional");
    }

    [Fact]
    public async Task A_search_page_links_downloads_of_the_same_search_without_its_page()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/search?q=attention&tag=transformers&sort=title");

        var links = DownloadLinks(page);
        Assert.Equal(
            Citations.Select(c => $"/search/cite.{c.Extension}?q=attention&tag=transformers&sort=title").Append("/feeds/search.atom?q=attention&tag=transformers&sort=title"),
            links.Select(l => l.GetAttribute("href")));
        Assert.Null(page.QuerySelector(".download-note"));
        await AssertEachAnswersItsMediaTypeAsync(client, links, ApiCatalog.AttentionTitle);
    }

    [Fact]
    public async Task Search_downloads_drop_the_page_number_and_a_search_without_words_or_filters_has_none()
    {
        using var client = app.CreateClient();

        var second = await PageHtml.GetAsync(client, "/search?q=scaling&page=2");
        var filtered = await PageHtml.GetAsync(client, "/search?year=2020");
        var empty = await PageHtml.GetAsync(client, "/search");

        Assert.Equal("/search/cite.bib?q=scaling", DownloadLinks(second)[0].GetAttribute("href"));
        Assert.Null(second.QuerySelector(".download-note"));
        Assert.Equal("/search/cite.bib?year=2020", DownloadLinks(filtered)[0].GetAttribute("href"));
        Assert.Null(empty.QuerySelector(".downloads"));
    }

    private static List<IElement> DownloadLinks(IDocument page)
    {
        var section = page.QuerySelector("section.downloads");
        Assert.NotNull(section);
        var heading = page.GetElementById(section.GetAttribute("aria-labelledby")!);
        Assert.Equal("Cite or download", heading!.Text());
        var links = section.QuerySelectorAll("a").ToList();
        Assert.Equal(Citations.Select(c => $"{c.Label} .{c.Extension}"), links.Take(4).Select(l => l.Text()));
        Assert.All(links.Take(4), l => Assert.True(l.HasAttribute("download")));
        return links;
    }

    private static async Task AssertEachAnswersItsMediaTypeAsync(HttpClient client, IEnumerable<IElement> links, string expectedTitle)
    {
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} gave {(int)response.StatusCode}");
            Assert.Equal(link.GetAttribute("type"), response.Content.Headers.ContentType!.MediaType);
            Assert.Contains(expectedTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
