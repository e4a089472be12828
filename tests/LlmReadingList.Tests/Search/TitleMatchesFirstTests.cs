using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// More titles than the cap hold every word: by relevance those titles are the results (<see cref="SearchSql"/> then
/// leaves summaries unsearched), while sorting by date still finds the newer papers whose summaries alone match.
/// </summary>
public sealed class TitleMatchesFirstTests(TitleMatchesFirstTests.Catalog database) : IClassFixture<TitleMatchesFirstTests.Catalog>
{
    private const int TitleMatches = SearchRequest.CandidateCap + 50;
    private const int SummaryMatches = 30;

    public sealed class Catalog : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Sparse attention study ' || g, 'sparse attention study ' || g, 'sparse-' || g, 2000 + g % 10
            FROM generate_series(1, {TitleMatches}) g;
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Newer work ' || g, 'newer work ' || g, 'newer-' || g, 2024
            FROM generate_series(1, {SummaryMatches}) g;
            INSERT INTO summary (paper_id, source_id, body_markdown, language)
            SELECT p.id, s.id, CASE WHEN p.year = 2024 THEN 'Builds on sparse attention.' ELSE 'A study.' END, 'en'
            FROM paper p, source s;
            """;
    }

    [Fact]
    public async Task By_relevance_every_result_is_a_title_holding_the_words()
    {
        var results = await SearchAsync("relevance", page: "50");

        Assert.True(results.IsCapped);
        Assert.Equal(SearchRequest.PageSize, results.Hits.Count);
        Assert.All(results.Hits, hit => Assert.StartsWith("Sparse attention study", hit.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Newest_first_still_finds_the_summaries_that_match()
    {
        var results = await SearchAsync("newest", page: "1");

        Assert.True(results.IsCapped);
        Assert.Equal(SearchRequest.PageSize, results.Hits.Count);
        Assert.All(results.Hits, hit => Assert.StartsWith("Newer work", hit.Title, StringComparison.Ordinal));
    }

    private Task<SearchResults> SearchAsync(string sort, string page) =>
        database.SearchAsync(new(Q: "sparse attention", Sort: sort, Page: page));
}
