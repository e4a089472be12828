using System.Globalization;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// The database's column sizes applied to a parsed entry before anything is written, so an oversized field (a file
/// whose line breaks were lost, a pasted blob) is rejected with its line instead of failing deep inside the write.
/// </summary>
public static class EntryLimits
{
    public static string? Problem(ParsedEntry entry)
    {
        var link = entry.Links.FirstOrDefault(l => l.Url.Length > Limits.UrlLength);
        return TooLong("heading", entry.Heading, Limits.TitleLength)
            ?? TooLong("title", entry.Title, Limits.TitleLength)
            ?? TooLong("section", entry.Section, Limits.TitleLength)
            ?? TooLong("credit line", entry.CreditLine, Limits.NoteLength)
            ?? TooLong("summary", entry.Summary, Limits.SummaryLength)
            ?? TooLong("link", link?.Url, Limits.UrlLength);
    }

    private static string? TooLong(string field, string? value, int limit) =>
        value is not null && value.Length > limit
            ? string.Create(CultureInfo.InvariantCulture, $"a {field} of {value.Length:N0} characters (at most {limit:N0})")
            : null;
}
