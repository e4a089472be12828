using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>Applies pending hand-written migrations. The catalog never uses EnsureCreated.</summary>
public sealed partial class DatabaseMigrator(CatalogDbContext db, CatalogDatabase database, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        List<string> pending;
        try
        {
            // On an empty database EF reads the history table before creating it and logs that as a failed command;
            // creating it first keeps a first start's log free of false errors.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (NpgsqlException exception) when (exception is not PostgresException || IsConnectionProblem((PostgresException)exception))
        {
            throw database.Unreachable(exception);
        }

        if (pending.Count == 0)
        {
            LogUpToDate();
        }
        else
        {
            LogApplied(pending.Count, pending);
        }
    }

    private static bool IsConnectionProblem(PostgresException exception) =>
        exception.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
        || exception.SqlState.StartsWith("28", StringComparison.Ordinal) // invalid authorisation
        || exception.SqlState == PostgresErrorCodes.InvalidCatalogName; // database does not exist

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private partial void LogUpToDate();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private partial void LogApplied(int count, IEnumerable<string> migrations);
}
