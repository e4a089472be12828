using Npgsql;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>Every row of the catalog's tables, with each row's xmin, so "nothing changed" includes "nothing was rewritten".</summary>
public static class DatabaseSnapshot
{
    private static readonly string[] Tables =
    [
        "paper", "paper_title", "paper_link", "author", "author_alias", "paper_author", "source", "summary",
        "reading_list", "list_entry", "tag", "paper_tag", "review_flag", "slug_redirect", "audit_entry", "paper_search",
    ];

    public static async Task<IReadOnlyDictionary<string, List<string>>> TakeAsync(TestDatabase database)
    {
        var snapshot = new Dictionary<string, List<string>>();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT t.xmin::text || ' ' || row_to_json(t)::text FROM {table} t ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            snapshot[table] = rows;
        }

        return snapshot;
    }

    /// <summary>
    /// Every row of every catalog table (import runs included) as JSON, without xmin: what a backup must carry over
    /// exactly. Rows are sorted, so two databases with the same content give equal snapshots.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> TakeContentAsync(TestDatabase database)
    {
        var snapshot = new Dictionary<string, List<string>>();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var table in Tables.Append("import_run"))
        {
            await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM {table} t ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            snapshot[table] = rows;
        }

        return snapshot;
    }

    public static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
