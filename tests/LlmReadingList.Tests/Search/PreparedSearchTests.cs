using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// Search prepares its statement on the pooled connection once and reuses it, so PostgreSQL does not parse and
/// analyse the long statement for every search.
/// </summary>
public sealed class PreparedSearchTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Each_sort_statement_is_prepared_once_per_connection_however_often_it_runs()
    {
        // one physical connection, so every search and the check below share its prepared statements
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogServices.ConfigureDbContext(options, dataSource);

        foreach (var parameters in new SearchParameters[] { new(Q: "attention"), new(Q: "lora"), new(Q: "lora", Sort: "newest"), new(Q: "注意力") })
        {
            var (request, errors) = SearchRequest.Create(parameters);
            Assert.Empty(errors);
            await using var db = new CatalogDbContext(options.Options);
            await new CatalogSearch(db).SearchAsync(request!, CancellationToken.None);
        }

        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { SearchSql.Query(SearchSort.Relevance), SearchSql.Query(SearchSort.Newest) } });
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }
}
