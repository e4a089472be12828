using System.Text;
using System.Xml;
using LlmReadingList.Web.Feeds;
using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Crawlers;

/// <summary><c>/sitemap.xml</c> (sitemaps.org 0.9) and <c>/robots.txt</c>, with absolute URLs on the public host.</summary>
internal static class CrawlerEndpoints
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Everything else public may be crawled; curation and sign-in pages are of no use to a search engine.
    private static readonly string[] Disallowed = ["/curate", "/account"];

    public static IEndpointRouteBuilder MapCrawlerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (SitemapQuery query, PublicUrls urls, HttpContext context) =>
            Results.Stream(stream => WriteSitemapAsync(stream, query, urls, context), "application/xml; charset=utf-8"))
            .ExcludeFromDescription();
        endpoints.MapGet("/robots.txt", (PublicUrls urls, HttpRequest request) => Results.Text(Robots(urls.Absolute(request, "/sitemap.xml")), "text/plain", Encoding.UTF8))
            .ExcludeFromDescription();
        return endpoints;
    }

    public static string Robots(Uri sitemap)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        return text.Append("\nSitemap: ").Append(sitemap.AbsoluteUri).Append('\n').ToString();
    }

    private static async Task WriteSitemapAsync(Stream stream, SitemapQuery query, PublicUrls urls, HttpContext context)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
        await foreach (var url in query.UrlsAsync(context.RequestAborted))
        {
            await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
            await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, urls.Absolute(context.Request, url.Path).AbsoluteUri);
            if (url.LastModified is { } modified)
            {
                await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, AtomWriter.Timestamp(modified));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }
}
