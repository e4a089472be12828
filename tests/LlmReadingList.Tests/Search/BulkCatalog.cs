using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;

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
}
