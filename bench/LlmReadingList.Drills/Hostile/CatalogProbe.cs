using System.Globalization;
using System.Text;
using Npgsql;

namespace LlmReadingList.Drills.Hostile;

/// <summary>One article's footprint in the catalog: whether it is there whole, not at all, or (a bug) in part.</summary>
public sealed record ArticleFootprint(bool SourceExists, long Summaries, long ListEntries, long PapersWithMarker)
{
    public bool IsWhole(int entries) => SourceExists && Summaries == entries && ListEntries == entries && PapersWithMarker == entries;

    public bool IsAbsent => !SourceExists && Summaries == 0 && ListEntries == 0 && PapersWithMarker == 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"source {(SourceExists ? "present" : "absent")}, {Summaries:N0} summaries, {ListEntries:N0} list entries, {PapersWithMarker:N0} papers");
}

/// <summary>Read-only questions the drills ask the database directly (never through the app they are testing).</summary>
public static class CatalogProbe
{
    public static async Task<ArticleFootprint> FootprintAsync(string connectionString, string sourceKey, string titleMarker)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT 1 FROM source WHERE key = $1),
                   (SELECT count(*) FROM summary s JOIN source o ON o.id = s.source_id WHERE o.key = $1),
                   (SELECT count(*) FROM list_entry e JOIN reading_list l ON l.id = e.list_id JOIN source o ON o.id = l.source_id WHERE o.key = $1),
                   (SELECT count(*) FROM paper WHERE title LIKE $2 || '%')
            """, connection);
        command.Parameters.AddWithValue(sourceKey);
        command.Parameters.AddWithValue(titleMarker);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new ArticleFootprint(reader.GetBoolean(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>Slugs of the papers an article's summaries belong to, and of its reading list.</summary>
    public static async Task<(string? ListSlug, IReadOnlyList<string> PaperSlugs)> SlugsOfSourceAsync(string connectionString, string sourceKey)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        var list = (string?)await Scalar(connection, "SELECT l.slug FROM reading_list l JOIN source o ON o.id = l.source_id WHERE o.key = $1", sourceKey);
        var papers = await Column(connection, "SELECT DISTINCT p.slug FROM paper p JOIN summary s ON s.paper_id = p.id JOIN source o ON o.id = s.source_id WHERE o.key = $1 ORDER BY 1", sourceKey);
        return (list, papers);
    }

    /// <summary>One slug of each kind of record, for the pages that take one.</summary>
    public static async Task<CatalogSlugs> SampleSlugsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        return new CatalogSlugs(
            (string)(await Scalar(connection, "SELECT slug FROM reading_list ORDER BY id LIMIT 1"))!,
            (string)(await Scalar(connection, "SELECT slug FROM paper WHERE merged_into_id IS NULL ORDER BY id LIMIT 1"))!,
            (string)(await Scalar(connection, "SELECT slug FROM author ORDER BY id LIMIT 1"))!,
            (string)(await Scalar(connection, "SELECT slug FROM tag ORDER BY id LIMIT 1"))!);
    }

    /// <summary>Every table's row count and a checksum of its rows: equal fingerprints mean nothing was written.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        var tables = await Column(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var command = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM {quoted} t", connection);
            fingerprint[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return fingerprint;
    }

    public static string Describe(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changed = new StringBuilder();
        foreach (var table in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (before.GetValueOrDefault(table) != after.GetValueOrDefault(table))
            {
                changed.Append(CultureInfo.InvariantCulture, $"{table} ({before.GetValueOrDefault(table)} → {after.GetValueOrDefault(table)}) ");
            }
        }

        return changed.Length == 0 ? "unchanged" : "changed: " + changed.ToString().Trim();
    }

    /// <summary>
    /// A connection of its own for each check: a pooled one may be a connection the outage drill's restart killed,
    /// which fails on first use with 57P01.
    /// </summary>
    public static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, string? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static async Task<List<string>> Column(NpgsqlConnection connection, string sql, string? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

public sealed record CatalogSlugs(string List, string Paper, string Author, string Tag);
