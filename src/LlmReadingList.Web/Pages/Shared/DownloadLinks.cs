using LlmReadingList.Web.Exports;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>A page's "Cite or download" links: every citation format of what it shows, and its Atom feed if it has one.</summary>
public sealed record DownloadLinks(IReadOnlyList<DownloadLink> Links, string? Note = null)
{
    public const string FeedMediaType = "application/atom+xml";

    /// <param name="citeUrl">The export's URL for a format's extension (<c>bib</c>, <c>csl.json</c> …).</param>
    public static DownloadLinks Of(Func<string, string> citeUrl, string? feedUrl, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(citeUrl);
        var links = CitationFormat.All
            .Select(f => new DownloadLink(f.Name, $".{f.Extension}", citeUrl(f.Extension), f.ContentType.Split(';')[0], IsFile: true))
            .ToList();
        if (feedUrl is not null)
        {
            links.Add(new DownloadLink("Atom feed", ".atom", feedUrl, FeedMediaType, IsFile: false));
        }

        return new DownloadLinks(links, note);
    }

    public static DownloadLinks ForPaper(string slug) => Of(extension => $"{Paths.Paper(slug)}/cite.{extension}", null);

    public static DownloadLinks ForList(string slug) =>
        Of(extension => $"{Paths.List(slug)}/cite.{extension}", $"/feeds/lists/{Uri.EscapeDataString(slug)}.atom");

    public DownloadLink? Feed => Links.FirstOrDefault(l => !l.IsFile);
}

/// <summary>One download: its format's name, file extension, URL and media type; a feed is followed, not saved.</summary>
public sealed record DownloadLink(string Label, string Extension, string Href, string MediaType, bool IsFile);
