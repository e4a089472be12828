using System.Globalization;

namespace LlmReadingList.Catalog.Backup;

/// <summary>
/// The backup file: one JSON object
/// <c>{"format": "llm-reading-list-backup", "formatVersion": 1, "createdAt": …, "schemaVersion": …, "excludes": …,
/// "tables": [{"name": "source", "rows": [{column: value, …}, …], "rowCount": n}, …]}</c>
/// with the tables in <see cref="BackupTables.All"/> order. Timestamps are UTC with microseconds (PostgreSQL's
/// precision), dates <c>yyyy-MM-dd</c>, text arrays JSON arrays, NULL null.
/// </summary>
public static class BackupFormat
{
    public const string Name = "llm-reading-list-backup";
    public const int Version = 1;
    public const string Excludes =
        "Identity users, roles, logins and tokens (accounts and password hashes are never exported); " +
        "paper_search and title_word (rebuilt by the database's triggers on restore); the migrations history.";

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string FormatTimestamp(DateTime utc) => utc.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseTimestamp(string text) =>
        DateTime.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}

/// <summary>The file is not a backup this version can restore; the message says why, in words for the operator.</summary>
public sealed class BackupFormatException : Exception
{
    public BackupFormatException(string message)
        : base(message)
    {
    }

    public BackupFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BackupFormatException()
    {
    }
}

/// <summary>Restore only fills an empty catalog; this one already has records.</summary>
public sealed class CatalogNotEmptyException : Exception
{
    public CatalogNotEmptyException(string message)
        : base(message)
    {
    }

    public CatalogNotEmptyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CatalogNotEmptyException()
    {
    }
}

/// <summary>How many rows each table had in a backup written or restored.</summary>
public sealed record BackupSummary(IReadOnlyList<(string Table, long Rows)> Tables, string? SchemaVersion);
