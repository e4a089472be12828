using System.Globalization;
using LlmReadingList.Catalog.Data;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// How a paper's list-valued fields are written into audit entries (one item per line), and read back when a
/// curator restores an earlier value.
/// </summary>
public static class PaperFieldValues
{
    public static string Titles(IEnumerable<AlternativeTitleEdit> titles) =>
        string.Join('\n', titles.Select(t => $"{t.Language}: {t.Title}"));

    public static string Links(IEnumerable<LinkEdit> links) =>
        string.Join('\n', links.Select(l => $"{SnakeCaseEnum<LinkKind>.ToText(l.Kind)} {l.Url}"));

    public static string Authors(IEnumerable<AuthorEdit> authors) =>
        string.Join('\n', authors.Select(a => $"{SnakeCaseEnum<AuthorKind>.ToText(a.Kind)}: {a.Name}"));

    public static string Tags(IEnumerable<string> tags) => string.Join('\n', tags);

    public static IReadOnlyList<AlternativeTitleEdit> ParseTitles(string? value) =>
        Lines(value).Select(line => line.Split(": ", 2) is [var language, var title]
            ? new AlternativeTitleEdit(title, language)
            : new AlternativeTitleEdit(line, "en")).ToList();

    public static IReadOnlyList<LinkEdit> ParseLinks(string? value) =>
        Lines(value).Select(line => line.Split(' ', 2) is [var kind, var url] && SnakeCaseEnum<LinkKind>.TryParse(kind, out var parsed)
            ? new LinkEdit(url, parsed)
            : new LinkEdit(line, LinkKind.Other)).ToList();

    public static IReadOnlyList<AuthorEdit> ParseAuthors(string? value) =>
        Lines(value).Select(line => line.Split(": ", 2) is [var kind, var name] && SnakeCaseEnum<AuthorKind>.TryParse(kind, out var parsed)
            ? new AuthorEdit(name, parsed)
            : new AuthorEdit(line, AuthorKind.Person)).ToList();

    public static IReadOnlyList<string> ParseTags(string? value) => Lines(value).ToList();

    public static int? ParseYear(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static IEnumerable<string> Lines(string? value) =>
        (value ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
