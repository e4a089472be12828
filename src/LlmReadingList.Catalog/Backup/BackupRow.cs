using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Catalog.Backup;

/// <summary>One backup row: read from JSON into typed values (every column exactly once), written to a COPY.</summary>
internal static class BackupRow
{
    public static async Task ReadAsync(
        JsonTokenStream json, BackupTable table, Dictionary<string, int> ordinals, object?[] values, string where, CancellationToken cancellationToken)
    {
        var seen = new bool[values.Length];
        while (true)
        {
            await json.NextAsync(cancellationToken);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = json.Value!;
            if (!ordinals.TryGetValue(name, out var ordinal))
            {
                throw new BackupFormatException($"{where}: unknown column \"{name}\"");
            }

            if (seen[ordinal])
            {
                throw new BackupFormatException($"{where}: column \"{name}\" appears twice");
            }

            seen[ordinal] = true;
            await json.NextAsync(cancellationToken);
            values[ordinal] = await ReadValueAsync(json, table.Columns[ordinal], $"{where}, column \"{name}\"", cancellationToken);
        }

        var missing = table.Columns.Where((_, i) => !seen[i]).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new BackupFormatException($"{where}: missing column(s) {string.Join(", ", missing)}");
        }
    }

    public static Task WriteAsync(NpgsqlBinaryImporter importer, BackupColumn column, object? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return importer.WriteNullAsync(cancellationToken);
        }

        return column.Type switch
        {
            BackupColumnType.BigInt => importer.WriteAsync((long)value, NpgsqlDbType.Bigint, cancellationToken),
            BackupColumnType.Int4 => importer.WriteAsync((int)value, NpgsqlDbType.Integer, cancellationToken),
            BackupColumnType.Text => importer.WriteAsync((string)value, NpgsqlDbType.Text, cancellationToken),
            BackupColumnType.Timestamp => importer.WriteAsync((DateTime)value, NpgsqlDbType.TimestampTz, cancellationToken),
            BackupColumnType.Date => importer.WriteAsync((DateOnly)value, NpgsqlDbType.Date, cancellationToken),
            BackupColumnType.Uuid => importer.WriteAsync((Guid)value, NpgsqlDbType.Uuid, cancellationToken),
            BackupColumnType.TextArray => importer.WriteAsync((string[])value, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken),
            _ => throw new InvalidOperationException($"No COPY form for {column.Type}."),
        };
    }

    private static async Task<object?> ReadValueAsync(JsonTokenStream json, BackupColumn column, string where, CancellationToken cancellationToken)
    {
        if (json.TokenType == JsonTokenType.Null)
        {
            return column.Nullable ? null : throw new BackupFormatException($"{where}: null where a value is required");
        }

        try
        {
            return column.Type switch
            {
                BackupColumnType.BigInt when json.TokenType == JsonTokenType.Number => long.Parse(json.Value!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                BackupColumnType.Int4 when json.TokenType == JsonTokenType.Number => int.Parse(json.Value!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                BackupColumnType.Text when json.TokenType == JsonTokenType.String => json.Value!,
                BackupColumnType.Timestamp when json.TokenType == JsonTokenType.String => BackupFormat.ParseTimestamp(json.Value!),
                BackupColumnType.Date when json.TokenType == JsonTokenType.String => BackupFormat.ParseDate(json.Value!),
                BackupColumnType.Uuid when json.TokenType == JsonTokenType.String => Guid.ParseExact(json.Value!, "D"),
                BackupColumnType.TextArray when json.TokenType == JsonTokenType.StartArray => await ReadTextArrayAsync(json, where, cancellationToken),
                _ => throw new BackupFormatException($"{where}: expected {Describe(column.Type)}, found {json.Describe()}"),
            };
        }
        catch (FormatException exception)
        {
            throw new BackupFormatException($"{where}: expected {Describe(column.Type)}, found {json.Describe()}", exception);
        }
        catch (OverflowException exception)
        {
            throw new BackupFormatException($"{where}: {json.Describe()} is out of range", exception);
        }
    }

    private static async Task<string[]> ReadTextArrayAsync(JsonTokenStream json, string where, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        while (true)
        {
            await json.NextAsync(cancellationToken);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return [.. items];
            }

            items.Add(json.TokenType == JsonTokenType.String ? json.Value! : throw new BackupFormatException($"{where}: expected strings in the array, found {json.Describe()}"));
        }
    }

    private static string Describe(BackupColumnType type) => type switch
    {
        BackupColumnType.BigInt or BackupColumnType.Int4 => "an integer",
        BackupColumnType.Timestamp => "a UTC timestamp (yyyy-MM-ddTHH:mm:ss.ffffffZ)",
        BackupColumnType.Date => "a date (yyyy-MM-dd)",
        BackupColumnType.Uuid => "a UUID",
        BackupColumnType.TextArray => "an array of strings",
        _ => "a string",
    };
}
