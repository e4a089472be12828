using System.Data.Common;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Catalog.Search;

/// <summary>
/// Runs a search: one read-only transaction, one round trip (two for a search with author, tag or list filters, whose
/// ids are looked up first), one prepared statement (<see cref="SearchSql"/>).
/// </summary>
public sealed class CatalogSearch(CatalogDbContext db)
{
    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        SearchAsync(request, SearchRequest.PageSize, cancellationToken);

    /// <summary>The request's page of <paramref name="pageSize"/> hits (at most <see cref="SearchRequest.CandidateCap"/>).</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, SearchRequest.CandidateCap);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection, transaction);
            SearchFilterIds? ids = null;
            if (SearchFilterIds.Needed(request))
            {
                // a round trip of its own, before the search, only for searches with these filters
                ids = await LookUpIdsAsync(connection, transaction, request, cancellationToken);
            }
            else
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(ReadOnly));
            }

            var statement = SearchStatement.For(request, ids, pageSize);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement.Settings));
            batch.BatchCommands.Add(statement.ToBatchCommand());
            // prepared once per pooled connection (Npgsql keeps it across opens): parsing and analysing the long
            // statement otherwise costs every search a few milliseconds (its plan: SearchSql.Settings)
            await batch.PrepareAsync(cancellationToken);
            string json;
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                json = await ReadLastJsonAsync(reader, cancellationToken);
            }

            var results = SearchResultsJson.Read(json, SearchTextQuery.From(request.Query).CjkRuns);
            if (results.Total == 0 && statement.ToSuggestionCommand() is { } suggestion)
            {
                results = results with { Suggestion = await SuggestAsync(connection, transaction, suggestion, cancellationToken) };
            }

            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.QueryCanceled && !cancellationToken.IsCancellationRequested)
        {
            throw new SearchTimeoutException("The search took too long.", exception);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string ReadOnly = "SET TRANSACTION READ ONLY";

    /// <summary>
    /// The ids of the request's author, tag and list filters (<see cref="SearchFilterIds"/>), read first in
    /// <paramref name="transaction"/> (which it makes read-only, as a search's is).
    /// </summary>
    public static async Task<SearchFilterIds> LookUpIdsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(ReadOnly),
                new NpgsqlBatchCommand(SearchFilterIds.LookupSql)
                {
                    Parameters =
                    {
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)request.Author ?? DBNull.Value },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)request.Tag ?? DBNull.Value },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)request.List ?? DBNull.Value },
                    },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The filters' ids were not returned.");
        }

        long? Id(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
        return new SearchFilterIds(Id(0), Id(1), Id(2));
    }

    // In the search's transaction, so under its settings (the trigram threshold, the timeout).
    private static async Task<TitleSuggestion?> SuggestAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlBatchCommand suggestion, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { suggestion } };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new TitleSuggestion(reader.GetString(0), reader.GetString(1)) : null;
    }

    private static async Task<string> ReadLastJsonAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        string? json = null;
        do
        {
            if (reader.FieldCount == 1 && reader.GetDataTypeName(0) == "json" && await reader.ReadAsync(cancellationToken))
            {
                json = reader.GetString(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));

        return json ?? throw new InvalidOperationException("The search statement returned no result.");
    }
}
