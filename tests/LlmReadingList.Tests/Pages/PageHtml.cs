using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LlmReadingList.Tests.Pages;

/// <summary>Fetches pages and parses them with AngleSharp; asserts what every page must be (no inline script or style).</summary>
public static partial class PageHtml
{
    public static async Task<IDocument> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        var document = await new HtmlParser().ParseDocumentAsync(html);
        AssertNoScriptOrInlineStyle(html, document);
        return document;
    }

    public static async Task<string> RedirectTargetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>No script at all, no style attributes, no event-handler attributes: the page would pass a strict CSP.</summary>
    public static void AssertNoScriptOrInlineStyle(string html, IDocument document)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed"));
        var attributes = document.All
            .SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name, a.Value)))
            .Where(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal)
                || (a.Name is "href" or "src" or "action" && !a.Value.StartsWith('/') && !a.Value.StartsWith('#')
                    && !a.Value.StartsWith("http://", StringComparison.Ordinal) && !a.Value.StartsWith("https://", StringComparison.Ordinal)
                    && !a.Value.StartsWith("mailto:", StringComparison.Ordinal)))
            .Select(a => $"<{a.Element} {a.Name}=\"{a.Value}\">")
            .ToList();
        Assert.Empty(attributes);
    }

    public static string Text(this IElement element) => WhiteSpace().Replace(element.TextContent, " ").Trim();

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.Text()).ToList();

    public static IReadOnlyList<string> Hrefs(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? "").ToList();

    public static string? Meta(this IDocument document, string name) =>
        document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
