using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the EF model describes. A model change without a
/// migration (or a migration that drifts from the model) fails here with the differing lines.
/// </summary>
public sealed class SchemaDriftTests : IAsyncLifetime
{
    private TestDatabaseServer _server = null!;
    private string _fromModel = string.Empty;
    private string _fromMigrations = string.Empty;

    public async Task InitializeAsync()
    {
        _server = await TestDatabaseServer.InstanceAsync();
        _fromMigrations = await _server.CreateDatabaseAsync("llmrl_migrated", empty: true);
        await _server.MigrateAsync(_fromMigrations);

        _fromModel = await _server.CreateDatabaseAsync("llmrl_model", empty: true);
        await using var db = new TestDatabaseFromString(_server.ConnectionString(_fromModel)).CreateDbContext();
        await _server.ExecuteAsync(db.Database.GenerateCreateScript(), _fromModel);
    }

    public async Task DisposeAsync()
    {
        await _server.DropDatabaseAsync(_fromModel);
        await _server.DropDatabaseAsync(_fromMigrations);
    }

    [Theory]
    [InlineData("columns")]
    [InlineData("constraints")]
    [InlineData("indexes")]
    [InlineData("extensions")]
    public async Task Migrated_schema_equals_the_model(string aspect)
    {
        var expected = await DescribeAsync(_fromModel, aspect);
        var actual = await DescribeAsync(_fromMigrations, aspect);

        Assert.NotEmpty(expected);
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"Schema drift in {aspect}.\nIn the model but not in the migrations:\n  {string.Join("\n  ", missing)}\n" +
            $"In the migrations but not in the model:\n  {string.Join("\n  ", unexpected)}");
    }

    [Fact]
    public async Task Migrations_roll_back_to_an_empty_schema_and_forward_again()
    {
        var database = await _server.CreateDatabaseAsync("llmrl_roundtrip");
        try
        {
            await using var db = new TestDatabaseFromString(_server.ConnectionString(database)).CreateDbContext();
            await db.Database.MigrateAsync("0");
            Assert.Empty(await DescribeAsync(database, "columns"));
            await db.Database.MigrateAsync();
            Assert.Equal(await DescribeAsync(_fromMigrations, "columns"), await DescribeAsync(database, "columns"));
        }
        finally
        {
            await _server.DropDatabaseAsync(database);
        }
    }

    private static readonly Dictionary<string, string> Queries = new()
    {
        ["columns"] = """
            SELECT c.table_name || '.' || c.column_name || ' ' || c.data_type
                   || coalesce('(' || c.character_maximum_length || ')', '')
                   || CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE '' END
                   || coalesce(' default ' || c.column_default, '')
                   || CASE WHEN c.is_identity = 'YES' THEN ' identity ' || c.identity_generation ELSE '' END
            FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.table_name <> 'ef_migrations_history'
            """,
        ["constraints"] = """
            SELECT cl.relname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
            FROM pg_constraint co
            JOIN pg_class cl ON cl.oid = co.conrelid
            JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE n.nspname = 'public' AND cl.relname <> 'ef_migrations_history'
            """,
        ["indexes"] = """
            SELECT indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> 'ef_migrations_history'
            """,
        ["extensions"] = "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'",
    };

    private async Task<List<string>> DescribeAsync(string database, string aspect)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Queries[aspect], connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
