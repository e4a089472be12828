using System.Globalization;
using System.Text;
using LlmReadingList.Catalog;

namespace LlmReadingList.Web.Exports;

/// <summary>
/// BibTeX: every paper is <c>@misc</c> (the catalog records no venues); arXiv papers carry <c>eprint</c>,
/// <c>archivePrefix</c>, their arXiv DOI and URL. Organisations are wrapped in braces so they are not split into
/// first and last names.
/// </summary>
public static class BibTexFormat
{
    public static string Write(IReadOnlyList<CitationRecord> records)
    {
        var keys = CitationKeys.Assign(records);
        var builder = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            WriteEntry(builder, keys[i], records[i]);
        }

        return builder.ToString();
    }

    private static void WriteEntry(StringBuilder builder, string key, CitationRecord record)
    {
        var fields = new List<(string Name, string Value)> { ("title", BibTexText.Title(record.Title)) };
        if (record.Authors.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", record.Authors.Select(Author))));
        }

        if (record.Year is { } year)
        {
            fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
        }

        if (record.ArxivId is { } arxivId)
        {
            fields.Add(("eprint", arxivId));
            fields.Add(("archivePrefix", "arXiv"));
            fields.Add(("doi", record.Doi!));
        }
        else if (record.Kind == CitationKind.WebPage)
        {
            fields.Add(("howpublished", "Web page"));
        }

        fields.Add(("url", BibTexText.Url(record.Url)));
        if (record.Tags.Count > 0)
        {
            fields.Add(("keywords", string.Join(", ", record.Tags.Select(BibTexText.Keyword))));
        }

        builder.Append("@misc{").Append(key);
        foreach (var (name, value) in fields)
        {
            builder.Append(",\n  ").Append(name).Append(" = {").Append(value).Append('}');
        }

        builder.Append("\n}\n");
    }

    private static string Author(CitationAuthor author)
    {
        if (author.Kind == AuthorKind.Organization)
        {
            return "{" + BibTexText.Escape(author.Name) + "}";
        }

        var parts = author.Parts;
        // A name BibTeX would misread (a comma, or the word "and", inside it) is kept whole.
        if (author.Name.Contains(',', StringComparison.Ordinal)
            || author.Name.Split(' ').Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            return "{" + BibTexText.Escape(author.Name) + "}";
        }

        var family = BibTexText.Escape(parts.Family);
        return parts.Given is null ? family : $"{family}, {BibTexText.Escape(parts.Given)}";
    }
}
