using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// Search prepares its statement on the pooled connection once and reuses it, so PostgreSQL does not parse the long
/// statement for every search; a search for words alone (and years) also reuses one plan, while browsing and the other
/// filters are planned for their values.
/// </summary>
public sealed class PreparedSearchTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Each_statement_is_prepared_once_per_connection_and_searches_for_words_share_one_plan()
    {
        // one physical connection, so every search and the check below share its prepared statements
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogServices.ConfigureDbContext(options, dataSource);

        // words alone, or with years, by relevance or newest: one plan; browsing and other filters: planned each time
        var searches = new (SearchParameters Parameters, bool SharedPlan)[]
        {
            (new(Q: "attention"), true), (new(Q: "lora"), true), (new(Q: "lora", Sort: "newest"), true), (new(Q: "注意力"), true),
            (new(Q: "lora", From: "2020"), true), (new(Year: "2021"), false), (new(Q: "lora", Tag: "fine-tuning"), false),
            (new(Q: "lora", Sort: "title"), false),
        };
        var statements = new List<SearchStatement>();
        foreach (var (parameters, sharedPlan) in searches)
        {
            var (request, errors) = SearchRequest.Create(parameters);
            Assert.Empty(errors);
            // the statement's text does not depend on the filters' ids, only on which filters there are
            statements.Add(SearchStatement.For(request!, new SearchFilterIds(null, null, null)));
            Assert.Equal(sharedPlan, statements[^1].Shape.SharedPlan);
            await using var db = new CatalogDbContext(options.Options);
            await new CatalogSearch(db).SearchAsync(request!, CancellationToken.None);
        }

        Assert.Equal((Generic: 5L, Custom: 0L), await PlansAsync(dataSource, statements.Where(s => s.Shape.SharedPlan)));
        Assert.Equal((Generic: 0L, Custom: 3L), await PlansAsync(dataSource, statements.Where(s => !s.Shape.SharedPlan)));
    }

    // how often the statements, each prepared once, ran under their one shared plan and under a plan of their own
    private static async Task<(long Generic, long Custom)> PlansAsync(NpgsqlDataSource dataSource, IEnumerable<SearchStatement> ran)
    {
        var statements = ran.Select(s => s.Sql).Distinct().ToArray();
        await using var command = dataSource.CreateCommand(
            "SELECT count(*), coalesce(sum(generic_plans), 0)::bigint, coalesce(sum(custom_plans), 0)::bigint FROM pg_prepared_statements WHERE statement = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = statements });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(statements.Length, reader.GetInt64(0));
        return (reader.GetInt64(1), reader.GetInt64(2));
    }
}
