using System.Globalization;
using CsvHelper;

namespace LlmReadingList.Web.Exports;

/// <summary>A spreadsheet-friendly table: one row per paper, lists of values joined by "; ".</summary>
public static class CsvFormat
{
    private const string Separator = "; ";

    public static string Write(IReadOnlyList<CitationRecord> records)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "title", "alternative_titles", "year", "arxiv_id", "authors", "url", "catalog_url", "tags", "lists" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var record in records)
            {
                csv.WriteField(record.Title);
                csv.WriteField(string.Join(Separator, record.AlternativeTitles));
                csv.WriteField(record.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(record.ArxivId ?? string.Empty);
                csv.WriteField(string.Join(Separator, record.Authors.Select(a => a.Name)));
                csv.WriteField(record.Url);
                csv.WriteField(record.CatalogUrl);
                csv.WriteField(string.Join(Separator, record.Tags));
                csv.WriteField(string.Join(Separator, record.Lists));
                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
