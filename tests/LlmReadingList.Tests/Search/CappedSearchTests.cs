using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Search;

/// <summary>More matches than the candidate cap: counts say "1,000+", paging and facets cover the first 1,000.</summary>
public sealed class CappedSearchTests(CappedSearchTests.ManyPapers database) : IClassFixture<CappedSearchTests.ManyPapers>
{
    public const int Papers = SearchRequest.CandidateCap + 150;

    public sealed class ManyPapers : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Capped Paper ' || g, 'capped paper ' || g, 'capped-paper-' || g, 1990 + g % 30 FROM generate_series(1, {Papers}) g;
            INSERT INTO summary (paper_id, source_id, body_markdown, language)
            SELECT p.id, s.id, 'A common finding about retrieval.', 'en' FROM paper p, source s;
            """;
    }

    private Task<SearchResults> SearchAsync(SearchParameters parameters) => database.SearchAsync(parameters);

    [Theory]
    [InlineData("common finding")]
    [InlineData("capped paper")]
    [InlineData("")]
    public async Task Totals_stop_at_the_cap_and_say_so(string q)
    {
        var results = await SearchAsync(new(Q: q));

        Assert.True(results.IsCapped);
        Assert.Equal(SearchRequest.CandidateCap, results.Total);
        Assert.Equal(SearchRequest.CandidateCap, results.Facets.Years.Sum(y => y.Count));
    }

    [Fact]
    public async Task The_last_page_within_the_cap_is_full()
    {
        var results = await SearchAsync(new(Q: "common", Page: SearchRequest.MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(SearchRequest.PageSize, results.Hits.Count);
    }

    [Fact]
    public async Task Date_sorts_take_the_newest_matches_not_any()
    {
        var results = await SearchAsync(new(Q: "common", Sort: "newest"));

        Assert.Equal(2019, results.Hits[0].Year);
        Assert.All(results.Hits, h => Assert.Equal(2019, h.Year));
    }

    [Fact]
    public async Task A_filter_applies_before_the_cap()
    {
        var results = await SearchAsync(new(Q: "common", Year: "1995"));

        Assert.False(results.IsCapped);
        Assert.Equal(Enumerable.Range(1, Papers).Count(g => 1990 + g % 30 == 1995), results.Total);
    }
}
