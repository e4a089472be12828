using System.Globalization;
using System.Text;
using LlmReadingList.Catalog;

namespace LlmReadingList.Web.Exports;

/// <summary>
/// RIS: <c>GEN</c> for papers (preprints included; arXiv as publisher with the arXiv DOI), <c>ELEC</c> for what only
/// a web page describes. People as "Family, Given"; an organisation's name is written without a comma, which RIS
/// readers take as one undivided name.
/// </summary>
public static class RisFormat
{
    public static string Write(IReadOnlyList<CitationRecord> records)
    {
        var keys = CitationKeys.Assign(records);
        var builder = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            WriteEntry(builder, keys[i], records[i]);
        }

        return builder.ToString();
    }

    private static void WriteEntry(StringBuilder builder, string key, CitationRecord record)
    {
        Line(builder, "TY", record.Kind == CitationKind.WebPage ? "ELEC" : "GEN");
        Line(builder, "ID", key);
        Line(builder, "TI", record.Title);
        foreach (var author in record.Authors)
        {
            Line(builder, "AU", Author(author));
        }

        if (record.Year is { } year)
        {
            Line(builder, "PY", year.ToString(CultureInfo.InvariantCulture));
        }

        if (record.ArxivId is { } arxivId)
        {
            Line(builder, "PB", "arXiv");
            Line(builder, "M1", $"arXiv:{arxivId}");
            Line(builder, "DO", record.Doi!);
        }

        Line(builder, "UR", record.Url);
        foreach (var tag in record.Tags)
        {
            Line(builder, "KW", tag);
        }

        Line(builder, "ER", string.Empty);
    }

    private static string Author(CitationAuthor author)
    {
        if (author.Kind == AuthorKind.Organization)
        {
            return author.Name.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        var parts = author.Parts;
        return parts.Given is null ? parts.Family : $"{parts.Family}, {parts.Given}";
    }

    // RIS is line based: "TY  - value", CRLF-terminated; a value cannot span lines.
    private static void Line(StringBuilder builder, string tag, string value)
    {
        var flat = value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
        builder.Append(tag).Append("  - ").Append(flat).Append("\r\n");
    }
}
