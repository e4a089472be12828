using System.Diagnostics;
using LlmReadingList.Catalog.Data;
using LlmReadingList.LocalPostgres;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: a throwaway cluster started from the system's binaries, or the
/// server named by TEST_CATALOG_CONNECTION. It holds a template database migrated once; every test class clones
/// its own database from it (cheap: a file copy), so classes run in parallel and in any order.
/// </summary>
public sealed class TestDatabaseServer
{
    private const string ClustersRoot = "/tmp/llmrl-test-clusters";
    private static readonly Lazy<Task<TestDatabaseServer>> Shared = new(StartAsync);

    private readonly NpgsqlConnectionStringBuilder _admin;
    private readonly LocalPostgresCluster? _cluster;

    private TestDatabaseServer(NpgsqlConnectionStringBuilder admin, LocalPostgresCluster? cluster, string templateName)
    {
        _admin = admin;
        _cluster = cluster;
        TemplateName = templateName;
    }

    public string TemplateName { get; }

    public static Task<TestDatabaseServer> InstanceAsync() => Shared.Value;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_admin.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>A new database: a copy of the migrated template, or empty (from template0) when asked.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, bool empty = false)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{(empty ? "template0" : TemplateName)}\"");
        return name;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<TestDatabaseServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("TEST_CATALOG_CONNECTION");
        LocalPostgresCluster? cluster = null;
        NpgsqlConnectionStringBuilder admin;
        if (!string.IsNullOrWhiteSpace(external))
        {
            admin = new NpgsqlConnectionStringBuilder(external) { Database = "postgres" };
        }
        else
        {
            cluster = await StartThrowawayClusterAsync();
            admin = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres"));
        }

        admin.MaxPoolSize = 20;
        var server = new TestDatabaseServer(admin, cluster, $"llmrl_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48]);
        await server.ExecuteAsync($"CREATE DATABASE \"{server.TemplateName}\" TEMPLATE template0");
        await server.MigrateAsync(server.TemplateName);
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Shutdown();
        return server;
    }

    /// <summary>Applies the app's migrations to a database, the way the app does on start.</summary>
    public async Task MigrateAsync(string database)
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString(database));
        CatalogServices.ConfigureDbContext(options, dataSource);
        await using var db = new CatalogDbContext(options.Options);
        await db.Database.MigrateAsync();
    }

    private static async Task<LocalPostgresCluster> StartThrowawayClusterAsync()
    {
        SweepOrphanedClusters();
        var root = Path.Combine(ClustersRoot, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = new LocalPostgresCluster(new LocalPostgresOptions
        {
            RootDirectory = root,
            UserName = "catalog_test",
            TrustLocalConnections = true,
            // below the kernel's ephemeral range (32768+) so a client socket can never hold our port; 20000–27999, apart
            // from the outage test's own cluster (28000–31999)
            CandidatePorts = Enumerable.Range(20000 + Random.Shared.Next(0, 80) * 100, 100).ToList(),
            ServerSettings =
            [
                ("fsync", "off"), ("synchronous_commit", "off"), ("full_page_writes", "off"),
                ("max_connections", "400"), ("shared_buffers", "128MB"),
            ],
        });
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>Stops and removes clusters left behind by test runs that were killed.</summary>
    private static void SweepOrphanedClusters()
    {
        if (!Directory.Exists(ClustersRoot))
        {
            return;
        }

        foreach (var directory in Directory.GetDirectories(ClustersRoot))
        {
            var ownerFile = Path.Combine(directory, "owner.pid");
            var owner = File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var pid) ? pid : (int?)null;
            // a folder without its owner yet may be one this run is creating right now (the outage test starts its
            // cluster while the shared one sweeps): only a folder old enough to have had its owner written is orphaned
            var beingCreated = owner is null && Directory.GetCreationTimeUtc(directory) > DateTime.UtcNow.AddMinutes(-10);
            if (beingCreated || (owner is { } ownerPid && IsAlive(ownerPid)))
            {
                continue;
            }

            try
            {
                var cluster = new LocalPostgresCluster(new LocalPostgresOptions { RootDirectory = directory, TrustLocalConnections = true });
                cluster.StopAsync(immediate: true).GetAwaiter().GetResult();
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or LocalPostgresException)
            {
                // another run may be sweeping the same folder; leave it to the next one
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Shutdown()
    {
        if (_cluster is null)
        {
            try
            {
                ExecuteAsync($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // the external server is gone; nothing to clean
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        _cluster.StopAsync(immediate: true).GetAwaiter().GetResult();
        Directory.Delete(_cluster.RootDirectory, recursive: true);
    }
}
