using System.Globalization;

namespace LlmReadingList.Catalog.Curation;

/// <summary>One entry of a list as its audit entries write it.</summary>
public sealed record ListEntryLine(int Position, string PaperSlug, string? Section, string? Note);

/// <summary>
/// How a list's entries are written into audit entries, one line per entry ("position | paper slug | section | note",
/// position from 1), and read back when a curator restores an earlier order.
/// </summary>
public static class ListFieldValues
{
    public const char Separator = '|';

    public static string? Entries(IEnumerable<ListEntryLine> entries)
    {
        var text = string.Join('\n', entries.Select(e =>
            string.Create(CultureInfo.InvariantCulture, $"{e.Position} {Separator} {e.PaperSlug} {Separator} {e.Section} {Separator} {e.Note}").TrimEnd()));
        return text.Length == 0 ? null : text;
    }

    public static IReadOnlyList<ListEntryLine> ParseEntries(string? value) =>
        (value ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(Separator, 4, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length >= 2 && parts[1].Length > 0)
            .Select((parts, i) => new ListEntryLine(
                int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : i + 1,
                parts[1],
                parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
                parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null))
            .ToList();
}
