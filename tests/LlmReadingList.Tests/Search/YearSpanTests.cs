using System.Globalization;
using LlmReadingList.Catalog.Search;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// Words come from one index per span of years (<see cref="SearchYearSpans"/>), read in the sort's order until the
/// candidates are full; the results must be those a single ordered read of every match gives. The catalog: "spanning"
/// (in summaries) and "lantern" (in titles) are in more papers than the cap, spread over every span and undated
/// papers; "scarce" and "beacon" are in a few of each; the newest papers hold none of them, so they come from the
/// indexes rather than a walk.
/// </summary>
public sealed class YearSpanTests(YearSpanTests.Catalog database) : IClassFixture<YearSpanTests.Catalog>
{
    private static readonly string LastPage = (SearchRequest.CandidateCap / SearchRequest.PageSize).ToString(CultureInfo.InvariantCulture);

    public sealed class Catalog : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            SELECT CASE WHEN g <= 1300 THEN 'Lantern ' WHEN g <= 1320 THEN 'Beacon ' ELSE 'Paper ' END || g, 'paper ' || lpad((g * 7919 % 4000)::text, 4, '0'), 'paper-' || g,
                   CASE WHEN g <= 300 THEN 2026 WHEN g <= 800 THEN 2020 WHEN g <= 1200 THEN 2000 WHEN g <= 1300 THEN NULL
                        WHEN g <= 1305 THEN 2025 WHEN g <= 1310 THEN 2018 WHEN g <= 1315 THEN 1990 WHEN g <= 1320 THEN NULL
                        ELSE 2026 END
            FROM generate_series(1, 1320 + {SearchSql.ProbeRows + 100}) g;
            INSERT INTO summary (paper_id, source_id, body_markdown, language)
            SELECT p.id, s.id,
                   CASE WHEN substring(p.slug FROM 7)::int <= 1300 THEN 'A spanning observation.'
                        WHEN substring(p.slug FROM 7)::int <= 1320 THEN 'A scarce observation.'
                        ELSE 'An ordinary observation.' END,
                   'en'
            FROM paper p, source s;
            """;

        /// <summary>The papers whose title or summary holds the word, in <paramref name="order"/>, straight from the tables.</summary>
        public Task<List<string>> HoldingAsync(string word, string order, int count, int? from = null, int? to = null) => TitlesAsync(
            $"""
            SELECT p.title FROM paper p JOIN summary s ON s.paper_id = p.id
            WHERE (p.title ILIKE '%' || $1 || '%' OR s.body_markdown ILIKE '%' || $1 || '%')
              AND ($3::integer IS NULL OR p.year >= $3) AND ($4::integer IS NULL OR p.year <= $4)
            ORDER BY {order} LIMIT $2
            """,
            word, count, Year(from), Year(to));

        private static NpgsqlParameter Year(int? year) => new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)year ?? DBNull.Value };
    }

    private const string NewestOrder = "p.year DESC NULLS LAST, p.id DESC";
    private const string OldestOrder = "p.year ASC NULLS LAST, p.id ASC";
    private const string TitleOrder = "p.title_key, p.id";

    [Theory]
    [InlineData("spanning", "newest", NewestOrder)]
    [InlineData("spanning", "oldest", OldestOrder)]
    [InlineData("spanning", "title", TitleOrder)]
    [InlineData("lantern", "newest", NewestOrder)]
    [InlineData("lantern", "oldest", OldestOrder)]
    [InlineData("lantern", "title", TitleOrder)]
    public async Task The_first_and_last_pages_are_those_of_every_match_in_order(string word, string sort, string order)
    {
        var expected = await database.HoldingAsync(word, order, SearchRequest.CandidateCap);

        var first = await database.SearchAsync(new(Q: word, Sort: sort, Page: "1"));
        var last = await database.SearchAsync(new(Q: word, Sort: sort, Page: LastPage));

        Assert.True(last.IsCapped);
        Assert.Equal(expected.Take(SearchRequest.PageSize), first.Hits.Select(h => h.Title));
        Assert.Equal(expected.Skip(SearchRequest.CandidateCap - SearchRequest.PageSize), last.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("spanning")]
    [InlineData("lantern")]
    public async Task By_relevance_the_candidates_are_the_newest_matches(string word)
    {
        var expected = await database.HoldingAsync(word, NewestOrder, SearchRequest.CandidateCap);

        var last = await database.SearchAsync(new(Q: word, Page: LastPage));

        Assert.Equal(expected.Skip(SearchRequest.CandidateCap - SearchRequest.PageSize), last.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("scarce", "newest", NewestOrder)]
    [InlineData("scarce", "oldest", OldestOrder)]
    [InlineData("scarce", "title", TitleOrder)]
    [InlineData("beacon", "newest", NewestOrder)]
    [InlineData("beacon", "oldest", OldestOrder)]
    [InlineData("beacon", "title", TitleOrder)]
    [InlineData("beaco", "newest", NewestOrder)] // the title prefix tier
    [InlineData("beaco", "oldest", OldestOrder)]
    public async Task A_few_matches_in_every_span_are_all_found_undated_last(string word, string sort, string order)
    {
        var expected = await database.HoldingAsync(word, order, SearchRequest.PageSize + 1);

        var results = await database.SearchAsync(new(Q: word, Sort: sort));

        Assert.Equal(SearchRequest.PageSize, expected.Count);
        Assert.Equal(SearchRequest.PageSize, results.Total);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("spanning", "2019", "2021", 500)]
    [InlineData("spanning", "2025", null, 300)]
    [InlineData("spanning", null, "2017", 400)]
    [InlineData("lantern", "2019", "2021", 500)]
    [InlineData("lantern", null, "2017", 400)]
    public async Task A_year_range_finds_its_matches_in_whichever_spans_it_covers(string word, string? from, string? to, int count)
    {
        var expected = await database.HoldingAsync(word, OldestOrder, SearchRequest.PageSize,
            from is null ? null : int.Parse(from, CultureInfo.InvariantCulture),
            to is null ? null : int.Parse(to, CultureInfo.InvariantCulture));

        var results = await database.SearchAsync(new(Q: word, From: from, To: to, Sort: "oldest"));

        Assert.False(results.IsCapped);
        Assert.Equal(count, results.Total);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }
}
