using System.Data;
using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;

namespace LlmReadingList.Catalog.Backup;

/// <summary>
/// Writes the whole catalog to a backup stream from one consistent snapshot (a repeatable-read, read-only
/// transaction), table by table and row by row, flushing as it goes so memory stays bounded.
/// </summary>
/// <remarks>
/// Raw SQL rather than EF queries: a backup must carry every column exactly as stored (title keys, timestamps to the
/// microsecond, curated_fields) whatever the entities expose, and restore writes them back with binary COPY.
/// </remarks>
public static class CatalogBackupWriter
{
    private const int FlushThreshold = 64 * 1024;

    public static async Task<BackupSummary> WriteAsync(NpgsqlDataSource dataSource, Stream output, DateTimeOffset now, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }

        var schemaVersion = await SchemaVersion.ReadAsync(connection, transaction, cancellationToken);
        var counts = new List<(string, long)>();
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", BackupFormat.Name);
        json.WriteNumber("formatVersion", BackupFormat.Version);
        json.WriteString("createdAt", BackupFormat.FormatTimestamp(now.UtcDateTime));
        json.WriteString("schemaVersion", schemaVersion);
        json.WriteString("excludes", BackupFormat.Excludes);
        json.WriteStartArray("tables");
        foreach (var table in BackupTables.All)
        {
            var rows = await WriteTableAsync(json, output, connection, transaction, table, cancellationToken);
            counts.Add((table.Name, rows));
            progress?.Report($"{table.Name}: {rows} rows");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BackupSummary(counts, schemaVersion);
    }

    private static async Task<long> WriteTableAsync(
        Utf8JsonWriter json, Stream output, NpgsqlConnection connection, NpgsqlTransaction transaction, BackupTable table, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteStartArray("rows");
        var sql = $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name} ORDER BY {table.OrderBy}";
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                WriteValue(json, reader, i, table.Columns[i]);
            }

            json.WriteEndObject();
            rows++;
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteNumber("rowCount", rows);
        json.WriteEndObject();
        await output.FlushAsync(cancellationToken);
        return rows;
    }

    private static void WriteValue(Utf8JsonWriter json, NpgsqlDataReader reader, int ordinal, BackupColumn column)
    {
        json.WritePropertyName(column.Name);
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNullValue();
            return;
        }

        switch (column.Type)
        {
            case BackupColumnType.BigInt:
                json.WriteNumberValue(reader.GetInt64(ordinal));
                break;
            case BackupColumnType.Int4:
                json.WriteNumberValue(reader.GetInt32(ordinal));
                break;
            case BackupColumnType.Text:
                json.WriteStringValue(reader.GetString(ordinal));
                break;
            case BackupColumnType.Timestamp:
                json.WriteStringValue(BackupFormat.FormatTimestamp(reader.GetFieldValue<DateTime>(ordinal)));
                break;
            case BackupColumnType.Date:
                json.WriteStringValue(BackupFormat.FormatDate(reader.GetFieldValue<DateOnly>(ordinal)));
                break;
            case BackupColumnType.Uuid:
                json.WriteStringValue(reader.GetGuid(ordinal));
                break;
            case BackupColumnType.TextArray:
                json.WriteStartArray();
                foreach (var item in reader.GetFieldValue<string[]>(ordinal))
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON form for {column.Type}.");
        }
    }
}
