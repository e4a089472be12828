using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// A database filled by one SQL script (thousands of papers from <c>generate_series</c>, more than importing articles
/// could make quickly), searched as the search page does. The script may cite the source <c>bulk</c>.
/// </summary>
public abstract class BulkCatalog : TestDatabase
{
    private const string BulkSource =
        "INSERT INTO source (key, title, language, parser, file_name, content_hash) VALUES ('bulk', 'Bulk', 'en', 'test', 'bulk.txt', repeat('0', 64));";

    protected abstract string FillSql { get; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var command = DataSource.CreateCommand(BulkSource + FillSql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<SearchResults> SearchAsync(SearchParameters parameters)
    {
        var (request, errors) = SearchRequest.Create(parameters);
        Assert.Empty(errors);
        await using var db = CreateDbContext();
        return await new CatalogSearch(db).SearchAsync(request!, CancellationToken.None);
    }

    /// <summary>The titles a query over the tables gives (first column), for comparing search with a plain read.</summary>
    /// <param name="values">$1, $2, … in order: a value, or an <see cref="NpgsqlParameter"/> where the type must be said.</param>
    protected async Task<List<string>> TitlesAsync(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        var titles = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }
}
