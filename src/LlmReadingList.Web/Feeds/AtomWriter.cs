using System.Globalization;
using System.Text;
using System.Xml;

namespace LlmReadingList.Web.Feeds;

/// <summary>
/// Writes Atom 1.0 (RFC 4287) with XmlWriter: the Atom namespace as default, RFC 3339 timestamps in UTC, feed-level
/// author so entries without credited authors stay valid, text constructs as plain text.
/// </summary>
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string SiteName = "LLM Reading List";

    public static async Task WriteAsync(Stream output, AtomFeed feed, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Namespace);
        await Element(xml, "id", feed.Id);
        await Text(xml, "title", feed.Title);
        if (feed.Subtitle is not null)
        {
            await Text(xml, "subtitle", feed.Subtitle);
        }

        await Element(xml, "updated", Timestamp(feed.Updated));
        await Link(xml, "self", feed.Self, "application/atom+xml");
        await Link(xml, "alternate", feed.Alternate, "text/html");
        await Author(xml, SiteName);
        await xml.WriteStartElementAsync(null, "generator", Namespace);
        await xml.WriteStringAsync(SiteName);
        await xml.WriteEndElementAsync();

        foreach (var entry in feed.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEntryAsync(xml, entry);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>RFC 3339 in UTC, fractional seconds only when there are any.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z";

    private static async Task WriteEntryAsync(XmlWriter xml, AtomEntry entry)
    {
        await xml.WriteStartElementAsync(null, "entry", Namespace);
        await Element(xml, "id", entry.Id);
        await Text(xml, "title", entry.Title);
        await Element(xml, "updated", Timestamp(entry.Updated));
        if (entry.Published is { } published)
        {
            await Element(xml, "published", Timestamp(published));
        }

        await Link(xml, "alternate", entry.Alternate, "text/html");
        foreach (var author in entry.Authors)
        {
            await Author(xml, author);
        }

        foreach (var category in entry.Categories)
        {
            await xml.WriteStartElementAsync(null, "category", Namespace);
            await xml.WriteAttributeStringAsync(null, "term", null, XmlText(category.Term));
            await xml.WriteAttributeStringAsync(null, "label", null, XmlText(category.Label));
            await xml.WriteEndElementAsync();
        }

        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            await Text(xml, "summary", entry.Summary);
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task Author(XmlWriter xml, string name)
    {
        await xml.WriteStartElementAsync(null, "author", Namespace);
        await Element(xml, "name", name);
        await xml.WriteEndElementAsync();
    }

    private static async Task Link(XmlWriter xml, string rel, Uri href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", Namespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href.AbsoluteUri);
        await xml.WriteEndElementAsync();
    }

    private static async Task Text(XmlWriter xml, string name, string value)
    {
        await xml.WriteStartElementAsync(null, name, Namespace);
        await xml.WriteAttributeStringAsync(null, "type", null, "text");
        await xml.WriteStringAsync(XmlText(value));
        await xml.WriteEndElementAsync();
    }

    private static Task Element(XmlWriter xml, string name, string value) =>
        xml.WriteElementStringAsync(null, name, Namespace, XmlText(value));

    /// <summary>Drops the characters XML 1.0 cannot carry at all (control characters an article may contain).</summary>
    private static string XmlText(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                builder.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                builder.Append(value, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }
}
