using System.Net;
using AngleSharp.Html.Parser;

namespace LlmReadingList.Tests.Pages;

/// <summary>Following links from the home page reaches every page type, and no internal link is dead.</summary>
public sealed class NavigationTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    // built by another feature; the browse pages only link to it
    private const string SearchPage = "/search";

    [Fact]
    public async Task Every_page_is_reachable_from_home_and_every_internal_link_works()
    {
        using var client = app.CreateClient();
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var dead = new List<string>();
        var files = new HashSet<string>(StringComparer.Ordinal);

        while (queue.Count > 0 && seen.Count < 500)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                dead.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            Assert.True(document.QuerySelector("header a[href='/']") is not null, $"{path} has no link home");
            foreach (var link in document.QuerySelectorAll("a[href^='/']"))
            {
                var href = link.GetAttribute("href")!.Split('#')[0];
                if (href.Length == 0 || href == SearchPage || href.StartsWith("/css/", StringComparison.Ordinal))
                {
                    continue;
                }

                // downloads and feeds (typed links) are files, not pages: they only have to answer
                if (link.HasAttribute("type"))
                {
                    files.Add(href);
                }
                else if (seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        foreach (var file in files)
        {
            using var response = await client.GetAsync(new Uri(file, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                dead.Add($"{file}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(dead);
        Assert.Contains($"/papers/{app.Catalog.Attention.Slug}/cite.bib", files);
        Assert.Contains("/feeds/lists/english-list.atom", files);
        var catalog = app.Catalog;
        string[] expected =
        [
            "/lists", "/lists/english-list", "/lists/chinese-list", "/years", "/years/2017", "/years/2018", "/years/2020",
            "/years/2021", "/years/unknown", "/tags", "/tags/transformers", "/tags/scaling", "/authors", "/authors/noam-shazeer",
            "/authors/google-brain", "/authors/openai", $"/authors/{catalog.ZhangWei.Slug}", $"/papers/{catalog.Attention.Slug}",
            $"/papers/{catalog.Gpt3.Slug}", $"/papers/{catalog.MoE.Slug}", $"/papers/{catalog.Bert.Slug}",
            $"/papers/{catalog.Undated.Slug}", $"/papers/{catalog.Malicious.Slug}",
        ];
        Assert.Empty(expected.Except(seen));
        Assert.DoesNotContain($"/papers/{catalog.Duplicate.Slug}", seen);
    }
}
