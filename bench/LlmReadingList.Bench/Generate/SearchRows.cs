using System.Collections.Concurrent;
using Npgsql;

namespace LlmReadingList.Bench.Generate;

/// <summary>
/// Builds every paper's search row with the function the app's triggers call (catalog_refresh_paper_search_many),
/// in chunks on parallel connections, with paper_search's GIN indexes dropped meanwhile and rebuilt once after
/// (rebuilding is far cheaper than updating three GIN indexes a million times).
/// </summary>
internal static class SearchRows
{
    private const int ChunkSize = 10_000;

    public static async Task<(TimeSpan Refresh, TimeSpan Indexes)> BuildAsync(NpgsqlDataSource dataSource, int papers, int jobs, CancellationToken cancellationToken)
    {
        List<(string Name, string Definition)> indexes = [];
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var read = new NpgsqlCommand(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'paper_search' AND indexname <> 'pk_paper_search'", connection);
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var started = TimeProvider.System.GetTimestamp();
        var chunks = new ConcurrentQueue<long>(Enumerable.Range(0, (papers + ChunkSize - 1) / ChunkSize).Select(i => 1 + (long)i * ChunkSize));
        await Task.WhenAll(Enumerable.Range(0, jobs).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await Replica(connection, cancellationToken);
            while (chunks.TryDequeue(out var first))
            {
                await using var refresh = new NpgsqlCommand(
                    "SELECT catalog_refresh_paper_search_many(ARRAY(SELECT id FROM paper WHERE id >= $1 AND id < $2))", connection)
                {
                    Parameters = { new() { Value = first }, new() { Value = first + ChunkSize } },
                    CommandTimeout = 0,
                };
                await refresh.ExecuteNonQueryAsync(cancellationToken);
            }
        }));
        var refreshed = TimeProvider.System.GetElapsedTime(started);

        started = TimeProvider.System.GetTimestamp();
        await Task.WhenAll(indexes.Select(async index =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"SET maintenance_work_mem = '1GB'; {index.Definition}", connection) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(cancellationToken);
        }));
        return (refreshed, TimeProvider.System.GetElapsedTime(started));
    }

    // The rows are consistent by construction: no foreign-key checks and no per-statement search triggers.
    public static async Task Replica(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SET session_replication_role = replica", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
