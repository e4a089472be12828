namespace LlmReadingList.Web.Exports;

/// <summary>A download format: its file extension (the URL's <c>cite.{extension}</c>), media type and writer.</summary>
public sealed record CitationFormat(string Name, string Extension, string ContentType, Func<IReadOnlyList<CitationRecord>, string> Write, bool ByteOrderMark = false)
{
    public static readonly CitationFormat BibTex = new("BibTeX", "bib", "application/x-bibtex; charset=utf-8", BibTexFormat.Write);

    public static readonly CitationFormat Ris = new("RIS", "ris", "application/x-research-info-systems; charset=utf-8", RisFormat.Write);

    public static readonly CitationFormat CslJson = new("CSL-JSON", "csl.json", "application/vnd.citationstyles.csl+json", CslJsonFormat.Write);

    // Excel reads a CSV file as UTF-8 only when it starts with a byte order mark.
    public static readonly CitationFormat Csv = new("CSV", "csv", "text/csv; charset=utf-8", CsvFormat.Write, ByteOrderMark: true);

    public static IReadOnlyList<CitationFormat> All { get; } = [BibTex, Ris, CslJson, Csv];
}
