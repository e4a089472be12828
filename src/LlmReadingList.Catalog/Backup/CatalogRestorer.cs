using System.Globalization;
using System.Text.Json;
using LlmReadingList.Catalog.Import;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Catalog.Backup;

/// <summary>
/// Restores a backup into an empty, migrated catalog in one transaction: rows keep their ids (binary COPY with
/// explicit values), merges are linked once every row exists, identity sequences continue after the highest id.
/// Anything wrong (a malformed or truncated file, a row the schema rejects, a catalog that is not empty) rolls
/// everything back.
/// </summary>
public static class CatalogRestorer
{
    private static readonly string[] CatalogTables =
        ["paper", "source", "author", "tag", "reading_list", "summary", "review_flag", "slug_redirect", "import_run", "audit_entry"];

    public static async Task<BackupSummary> RestoreAsync(NpgsqlDataSource dataSource, Stream input, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // the same lock imports take, so an import cannot write while the catalog is being restored
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({CatalogImporter.ImportLockKey})", cancellationToken);
        await EnsureEmptyAsync(connection, transaction, cancellationToken);

        try
        {
            var summary = await RestoreRowsAsync(connection, transaction, input, progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return summary;
        }
        catch (PostgresException exception)
        {
            throw new BackupFormatException($"the backup does not fit this catalog ({exception.MessageText}{Detail(exception)})", exception);
        }
    }

    private static async Task<BackupSummary> RestoreRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Stream input, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var json = new JsonTokenStream(input);
        var schemaVersion = await ReadHeaderAsync(json, connection, transaction, cancellationToken);
        var counts = new List<(string, long)>();
        var deferred = new List<(BackupTable Table, long Id, long Target)>();
        foreach (var table in BackupTables.All)
        {
            var rows = await RestoreTableAsync(json, connection, table, deferred, cancellationToken);
            counts.Add((table.Name, rows));
            progress?.Report($"{table.Name}: {rows} rows");
        }

        await json.ExpectAsync(JsonTokenType.EndArray, "the end of the tables (a table this version does not know?)", cancellationToken);
        await json.ExpectAsync(JsonTokenType.EndObject, "the end of the backup", cancellationToken);
        if (await json.TryNextAsync(cancellationToken))
        {
            throw new BackupFormatException($"unexpected content after the end of the backup: {json.Describe()}");
        }

        foreach (var (table, id, target) in deferred)
        {
            await ExecuteAsync(connection, transaction, $"UPDATE {table.Name} SET {table.Deferred} = {target} WHERE id = {id}", cancellationToken);
        }

        foreach (var table in BackupTables.All.Where(t => t.HasIdentity))
        {
            await ExecuteAsync(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table.Name}", cancellationToken);
        }

        return new BackupSummary(counts, schemaVersion);
    }

    private static async Task EnsureEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var sql = "SELECT " + string.Join(", ", CatalogTables.Select(t => $"(SELECT count(*) FROM {t})"));
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var found = CatalogTables.Select((table, i) => (Table: table, Rows: reader.GetInt64(i))).Where(t => t.Rows > 0).ToList();
        if (found.Count > 0)
        {
            throw new CatalogNotEmptyException(
                "restore needs an empty catalog, but this database already has " +
                string.Join(", ", found.Select(f => $"{f.Rows.ToString(CultureInfo.InvariantCulture)} {f.Table} row(s)")) +
                ". Restore into a new database (set ConnectionStrings__Catalog), or empty this one first. Nothing was changed.");
        }
    }

    private static async Task<string?> ReadHeaderAsync(JsonTokenStream json, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await json.ExpectAsync(JsonTokenType.StartObject, "a JSON object", cancellationToken);
        string? format = null;
        int? version = null;
        string? schemaVersion = null;
        while (true)
        {
            var name = await json.PropertyAsync(cancellationToken);
            if (name == "tables")
            {
                break;
            }

            await json.NextAsync(cancellationToken);
            switch (name)
            {
                case "format":
                    format = json.Value;
                    break;
                case "formatVersion":
                    version = int.TryParse(json.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
                    break;
                case "schemaVersion":
                    schemaVersion = json.Value;
                    break;
                case "createdAt" or "excludes":
                    break;
                default:
                    throw new BackupFormatException($"unknown header property \"{name}\"");
            }

            if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                throw new BackupFormatException($"header property \"{name}\" must be a single value");
            }

            if (format is not null && format != BackupFormat.Name)
            {
                throw new BackupFormatException($"it is not an LLM Reading List backup (format \"{format}\")");
            }
        }

        if (format is null || version is null)
        {
            throw new BackupFormatException("it is not an LLM Reading List backup (no format and formatVersion before the tables)");
        }

        if (version != BackupFormat.Version)
        {
            throw new BackupFormatException($"it has format version {version}; this version of the catalog reads version {BackupFormat.Version}");
        }

        var current = await SchemaVersion.ReadAsync(connection, transaction, cancellationToken);
        if (schemaVersion is not null && current is not null && string.CompareOrdinal(schemaVersion, current) > 0)
        {
            throw new BackupFormatException($"it was taken from a newer catalog (schema {schemaVersion}; this one is at {current}). Restore it with that version");
        }

        await json.ExpectAsync(JsonTokenType.StartArray, "the list of tables", cancellationToken);
        return schemaVersion;
    }

    private static async Task<long> RestoreTableAsync(
        JsonTokenStream json, NpgsqlConnection connection, BackupTable table, List<(BackupTable, long, long)> deferred, CancellationToken cancellationToken)
    {
        await json.ExpectAsync(JsonTokenType.StartObject, $"the table \"{table.Name}\"", cancellationToken);
        if (await json.PropertyAsync(cancellationToken) != "name")
        {
            throw new BackupFormatException($"expected the name of table \"{table.Name}\" first");
        }

        await json.ExpectAsync(JsonTokenType.String, "a table name", cancellationToken);
        if (json.Value != table.Name)
        {
            throw new BackupFormatException($"expected table \"{table.Name}\" next, found \"{json.Value}\"");
        }

        if (await json.PropertyAsync(cancellationToken) != "rows")
        {
            throw new BackupFormatException($"expected the rows of table \"{table.Name}\"");
        }

        await json.ExpectAsync(JsonTokenType.StartArray, $"the rows of table \"{table.Name}\"", cancellationToken);
        var rows = await CopyRowsAsync(json, connection, table, deferred, cancellationToken);

        if (await json.PropertyAsync(cancellationToken) != "rowCount")
        {
            throw new BackupFormatException($"expected the row count of table \"{table.Name}\"");
        }

        await json.ExpectAsync(JsonTokenType.Number, "a row count", cancellationToken);
        if (json.Value != rows.ToString(CultureInfo.InvariantCulture))
        {
            throw new BackupFormatException($"table \"{table.Name}\" should have {json.Value} rows but has {rows}");
        }

        await json.ExpectAsync(JsonTokenType.EndObject, $"the end of table \"{table.Name}\"", cancellationToken);
        return rows;
    }

    private static async Task<long> CopyRowsAsync(
        JsonTokenStream json, NpgsqlConnection connection, BackupTable table, List<(BackupTable, long, long)> deferred, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        var ordinals = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        long rows = 0;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var values = new object?[table.Columns.Count];
        while (true)
        {
            await json.NextAsync(cancellationToken);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            var where = $"row {(rows + 1).ToString(CultureInfo.InvariantCulture)} of table \"{table.Name}\"";
            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw new BackupFormatException($"{where}: expected an object, found {json.Describe()}");
            }

            await BackupRow.ReadAsync(json, table, ordinals, values, where, cancellationToken);
            if (table.Deferred is { } column && values[ordinals[column]] is long target)
            {
                deferred.Add((table, (long)values[ordinals["id"]]!, target));
                values[ordinals[column]] = null;
            }

            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                await BackupRow.WriteAsync(importer, table.Columns[i], values[i], cancellationToken);
            }

            rows++;
        }

        try
        {
            await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new BackupFormatException($"table \"{table.Name}\" does not fit this catalog ({exception.MessageText}{Detail(exception)})", exception);
        }

        return rows;
    }

    private static string Detail(PostgresException exception) => exception.Detail is { } detail ? $"; {detail}" : string.Empty;

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
