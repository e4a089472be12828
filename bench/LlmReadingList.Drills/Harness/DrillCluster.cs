using LlmReadingList.LocalPostgres;
using Npgsql;

namespace LlmReadingList.Drills.Harness;

/// <summary>The drills' private PostgreSQL cluster under .data/drills/postgres, with a fresh database per drill.</summary>
public sealed class DrillCluster(string root)
{
    private readonly LocalPostgresCluster _cluster = new(new LocalPostgresOptions
    {
        RootDirectory = root,
        UserName = "catalog",
        TrustLocalConnections = true,
        // below the kernel's ephemeral range (32768+), away from the tests' 20000–31999
        CandidatePorts = Enumerable.Range(16400, 100).ToList(),
        ServerSettings = [("max_connections", "300"), ("shared_buffers", "256MB")],
    });

    public int Port => _cluster.Port;

    public Task StartAsync() => _cluster.StartAsync();

    /// <summary>pg_ctl stop -m fast: what an operator's restart or a crashed host looks like to the app.</summary>
    public Task StopFastAsync() => _cluster.StopAsync(immediate: false);

    public Task StopImmediateAsync() => _cluster.StopAsync(immediate: true);

    public string ConnectionString(string database) => _cluster.ConnectionString(database);

    public async Task<string> FreshDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return _cluster.ConnectionString(name);
    }
}
