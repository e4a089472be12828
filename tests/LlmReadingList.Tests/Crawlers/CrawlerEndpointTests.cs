using System.Xml.Linq;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Crawlers;

/// <summary>/sitemap.xml and /robots.txt on the request's host.</summary>
public sealed class CrawlerEndpointTests(SeededCatalogWebApp app) : IClassFixture<SeededCatalogWebApp>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_absolute_urls_and_no_merged_paper()
    {
        using var client = app.CreateClient();
        await using var db = app.CreateDbContext();
        var expected = new[] { "/", "/lists", "/authors", "/years", "/tags", "/search" }
            .Concat(await db.ReadingLists.Select(l => "/lists/" + l.Slug).ToListAsync())
            .Concat(await db.Papers.Where(p => p.MergedIntoId == null).Select(p => "/papers/" + p.Slug).ToListAsync())
            .Concat(await db.Authors.Where(a => a.MergedIntoId == null).Select(a => "/authors/" + a.Slug).ToListAsync())
            .Concat((await db.Papers.Where(p => p.Year != null && p.MergedIntoId == null).Select(p => p.Year!.Value).Distinct().ToListAsync()).Select(y => $"/years/{y}"))
            .Concat(await db.Tags.Select(t => "/tags/" + t.Slug).ToListAsync())
            .Select(path => "https://localhost" + path)
            .Order(StringComparer.Ordinal);

        using var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Sitemap + "urlset", sitemap.Name);
        var locations = sitemap.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(expected, locations.Order(StringComparer.Ordinal));
        Assert.DoesNotContain($"https://localhost/papers/{app.MergedSlug}", locations);
        Assert.Contains(sitemap.Elements(Sitemap + "url"), u => u.Element(Sitemap + "loc")!.Value.EndsWith("/lists/llm-papers-40", StringComparison.Ordinal)
            && u.Element(Sitemap + "lastmod") is not null);
    }

    [Fact]
    public async Task Robots_allows_the_public_pages_keeps_crawlers_out_of_curation_and_accounts_and_names_the_sitemap()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "User-agent: *\nAllow: /\nDisallow: /curate\nDisallow: /account\n\nSitemap: https://localhost/sitemap.xml\n",
            await response.Content.ReadAsStringAsync());
    }
}

/// <summary>With <c>Catalog:PublicBaseUrl</c> set, every absolute URL uses it whatever host the request named.</summary>
public sealed class PublicBaseUrlTests(PublicBaseUrlTests.App app) : IClassFixture<PublicBaseUrlTests.App>
{
    [Fact]
    public async Task Sitemap_robots_and_feeds_use_the_configured_public_base_url()
    {
        using var client = app.CreateClient();

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var feed = await client.GetStringAsync(new Uri("/feeds/papers.atom", UriKind.Relative));

        Assert.EndsWith("Sitemap: https://papers.example.org/catalog/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.Contains("<loc>https://papers.example.org/catalog/lists</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", sitemap, StringComparison.Ordinal);
        Assert.Contains("<id>tag:papers.example.org,2026:feed/papers</id>", feed, StringComparison.Ordinal);
        Assert.Contains("href=\"https://papers.example.org/catalog/feeds/papers.atom\"", feed, StringComparison.Ordinal);
    }

    public sealed class App : CatalogWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("Catalog:PublicBaseUrl", "https://papers.example.org/catalog/");
    }
}
