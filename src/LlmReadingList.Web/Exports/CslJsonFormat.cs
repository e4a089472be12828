using System.Text.Encodings.Web;
using System.Text.Json;
using LlmReadingList.Catalog;

namespace LlmReadingList.Web.Exports;

/// <summary>
/// CSL-JSON (what citeproc, Zotero and Pandoc read): arXiv papers as <c>article</c> with <c>archive</c> "arXiv" and the
/// id as <c>number</c>; people as family/given, organisations as <c>literal</c>. Each item's id is its citation key.
/// </summary>
public static class CslJsonFormat
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // a download, never embedded in HTML: keep non-ASCII titles readable
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<CitationRecord> records)
    {
        var keys = CitationKeys.Assign(records);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            for (var i = 0; i < records.Count; i++)
            {
                WriteItem(json, keys[i], records[i]);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter json, string key, CitationRecord record)
    {
        json.WriteStartObject();
        json.WriteString("id", key);
        json.WriteString("type", record.Kind == CitationKind.WebPage ? "webpage" : "article");
        json.WriteString("title", record.Title);
        json.WriteStartArray("author");
        foreach (var author in record.Authors)
        {
            WriteAuthor(json, author);
        }

        json.WriteEndArray();
        if (record.Year is { } year)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (record.ArxivId is { } arxivId)
        {
            json.WriteString("archive", "arXiv");
            json.WriteString("number", arxivId);
            json.WriteString("DOI", record.Doi);
        }

        json.WriteString("URL", record.Url);
        if (record.Tags.Count > 0)
        {
            json.WriteString("keyword", string.Join(", ", record.Tags));
        }

        json.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter json, CitationAuthor author)
    {
        json.WriteStartObject();
        var parts = author.Parts;
        if (author.Kind == AuthorKind.Organization || parts.Given is null)
        {
            json.WriteString("literal", author.Name);
        }
        else
        {
            json.WriteString("family", parts.Family);
            json.WriteString("given", parts.Given);
        }

        json.WriteEndObject();
    }
}
