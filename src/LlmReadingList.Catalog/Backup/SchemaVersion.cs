using Npgsql;

namespace LlmReadingList.Catalog.Backup;

/// <summary>The newest migration applied to a database: what schema a backup was taken from.</summary>
internal static class SchemaVersion
{
    public static async Task<string?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""SELECT max("MigrationId") FROM ef_migrations_history""", connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
