using System.CommandLine;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace LlmReadingList.Bench;

/// <summary>The database a benchmark runs against, given as a connection string (psql gets the same server).</summary>
internal sealed class BenchDatabase(string connectionString)
{
    public static readonly Option<string> ConnectionOption = new("--connection")
    {
        Description = "Npgsql connection string of the benchmark database (needs a superuser for generate).",
        Required = true,
    };

    public string ConnectionString { get; } = connectionString;

    // No client-side timeout: loading runs long statements (a COPY's statement trigger refreshes every row it brought).
    public NpgsqlDataSource CreateDataSource(int maxPoolSize = 10) =>
        new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = maxPoolSize, CommandTimeout = 0 }.ConnectionString).Build();

    // The web app's options (Web/Infrastructure/CatalogServices.ConfigureDbContext): same history table, same warning.
    public static DbContextOptions<CatalogDbContext> ContextOptions(NpgsqlDataSource dataSource) =>
        new DbContextOptionsBuilder<CatalogDbContext>()
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("ef_migrations_history"))
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    /// <summary>psql's arguments for the same server, database and user.</summary>
    public IReadOnlyList<string> PsqlArguments()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return ["-X", "-q", "-h", builder.Host ?? "localhost", "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", builder.Username ?? "postgres", "-d", builder.Database ?? "postgres"];
    }
}
