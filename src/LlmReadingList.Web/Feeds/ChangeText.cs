using System.Globalization;

namespace LlmReadingList.Web.Feeds;

/// <summary>Audit entries in words for the changes feed.</summary>
public static class ChangeText
{
    private const int MaxValueLength = 120;

    public static string Title(IReadOnlyList<ChangeRow> rows)
    {
        var first = rows[0];
        var records = rows.Select(r => (r.EntityType, r.EntityId)).Distinct().Count();
        var what = records == 1 && first.SetSize == rows.Count
            ? $"{first.Action} {Record(first)}"
            : $"{first.SetSize.ToString(CultureInfo.InvariantCulture)} changes, starting with {first.Action} {Record(first)}";
        return $"{Actor(first)}: {what}";
    }

    public static string Summary(IReadOnlyList<ChangeRow> rows)
    {
        var lines = rows.Select(Line).ToList();
        var hidden = rows[0].SetSize - rows.Count;
        if (hidden > 0)
        {
            lines.Add($"… and {hidden.ToString(CultureInfo.InvariantCulture)} more");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Who made a change, as the feed may show it publicly: a user name that is an email address is not shown.</summary>
    public static string Actor(ChangeRow row) => row.Actor.Contains('@', StringComparison.Ordinal) ? "curator" : row.Actor;

    private static string Line(ChangeRow row)
    {
        var line = $"{row.Action} {Record(row)}";
        if (row.Field is not null)
        {
            line += $" {row.Field}";
        }

        return (row.OldValue, row.NewValue) switch
        {
            (null, null) => line,
            (null, { } added) when added == row.Label => line,
            (null, { } added) => $"{line}: {Quote(added)}",
            ({ } removed, null) => $"{line}: was {Quote(removed)}",
            ({ } before, { } after) => $"{line}: {Quote(before)} → {Quote(after)}",
        };
    }

    private static string Record(ChangeRow row) => row switch
    {
        { Label: { } label, EntityType: "summary" } => $"summary of “{label}”",
        { Label: { } label, EntityType: "review_flag" } => $"review flag on “{label}”",
        { Label: { } label } => $"{row.EntityType} “{label}”",
        _ => $"{row.EntityType} {row.EntityId.ToString(CultureInfo.InvariantCulture)}",
    };

    private static string Quote(string value)
    {
        var flat = string.Join(' ', value.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return "“" + (flat.Length > MaxValueLength ? flat[..(MaxValueLength - 1)] + "…" : flat) + "”";
    }
}
