using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// Search takes the newest matches as candidates either by walking the newest papers (a common match) or from the
/// match's index (a rare one, see <see cref="SearchSql.ProbeRows"/>); both must give the same newest papers. The
/// catalog: the newest papers mostly say "ordinary", a few "mixed"; more than the cap of older papers say "rare" and
/// "mixed", so "ordinary" is walked, "rare" comes from the index with no match among the newest, and "mixed" is walked
/// past the newest papers into the old ones.
/// </summary>
public sealed class NewestCandidatesTests(NewestCandidatesTests.Catalog database) : IClassFixture<NewestCandidatesTests.Catalog>
{
    private const int Newest = SearchSql.ProbeRows + 100;
    private const int Older = SearchRequest.CandidateCap + 150;
    // one in 14 of the newest: enough for the probe to choose the walk, too few to fill the candidates
    private const int MixedEvery = 14;

    public sealed class Catalog : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Candidate ' || g, 'candidate ' || g, 'candidate-' || g, CASE WHEN g <= {Older} THEN 1990 + g % 20 ELSE 2020 + g % 5 END
            FROM generate_series(1, {Older + Newest}) g;
            INSERT INTO summary (paper_id, source_id, body_markdown, language)
            SELECT p.id, s.id,
                   CASE WHEN p.year < 2020 THEN 'A rare and mixed observation.'
                        WHEN p.id % {MixedEvery} = 0 THEN 'An ordinary and mixed observation.'
                        ELSE 'An ordinary observation.' END,
                   'en'
            FROM paper p, source s;
            """;

        /// <summary>The newest papers whose summary holds the word (or, if not <paramref name="holding"/>, does not), by year then id, straight from the tables.</summary>
        public Task<List<string>> NewestHoldingAsync(string word, int count, bool holding = true) => TitlesAsync(
            """
            SELECT p.title FROM paper p JOIN summary s ON s.paper_id = p.id
            WHERE (s.body_markdown LIKE '%' || $1 || '%') = $3 ORDER BY p.year DESC, p.id DESC LIMIT $2
            """,
            word, count, holding);
    }

    [Theory]
    [InlineData("ordinary")]
    [InlineData("rare")]
    [InlineData("mixed")]
    public async Task The_newest_matches_are_the_candidates_however_they_are_found(string word)
    {
        var results = await database.SearchAsync(new(Q: word, Sort: "newest", Page: "3"));

        Assert.True(results.IsCapped);
        var expected = (await database.NewestHoldingAsync(word, 3 * SearchRequest.PageSize)).Skip(2 * SearchRequest.PageSize);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task A_walk_leaves_out_the_papers_an_exclusion_names()
    {
        // every title says "candidate", so both the title and the text tiers walk; "mixed" is only in summaries
        var results = await database.SearchAsync(new(Q: "candidate -mixed", Sort: "newest", Page: "3"));

        Assert.True(results.IsCapped);
        var expected = (await database.NewestHoldingAsync("mixed", 3 * SearchRequest.PageSize, holding: false)).Skip(2 * SearchRequest.PageSize);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task The_catalog_holds_each_case()
    {
        Assert.Equal(Newest, (await database.NewestHoldingAsync("ordinary", Newest + 1)).Count);
        Assert.Equal(Older, (await database.NewestHoldingAsync("rare", Older + 1)).Count);
        var mixed = await database.NewestHoldingAsync("mixed", Newest + Older);
        Assert.InRange(mixed.Count - Older, SearchSql.ProbeRows * SearchRequest.CandidateCap / SearchSql.WalkRows + 1, SearchRequest.CandidateCap);
    }
}
