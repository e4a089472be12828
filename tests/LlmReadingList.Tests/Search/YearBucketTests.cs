using LlmReadingList.Catalog.Search;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// Words found anywhere come from one index per span of years (<see cref="DocumentYearBuckets"/>), read in the sort's
/// order until the candidates are full; the results must be those a single ordered read of every match gives. The
/// catalog: "spanning" is in more papers than the cap, spread over every span and undated papers; "scarce" is in a
/// few of each; the newest papers hold neither, so both come from the indexes rather than a walk.
/// </summary>
public sealed class YearBucketTests(YearBucketTests.Catalog database) : IClassFixture<YearBucketTests.Catalog>
{
    private const int Pages = SearchRequest.CandidateCap / SearchRequest.PageSize;

    public sealed class Catalog : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Paper ' || g, 'paper ' || lpad((g * 7919 % 4000)::text, 4, '0'), 'paper-' || g,
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

        /// <summary>The papers whose summary holds the word, in <paramref name="order"/>, straight from the tables.</summary>
        public async Task<List<string>> HoldingAsync(string word, string order, int count, int? from = null, int? to = null)
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(
                $"""
                SELECT p.title FROM paper p JOIN summary s ON s.paper_id = p.id
                WHERE s.body_markdown LIKE '%' || $1 || '%'
                  AND ($3::integer IS NULL OR p.year >= $3) AND ($4::integer IS NULL OR p.year <= $4)
                ORDER BY {order} LIMIT $2
                """,
                connection);
            command.Parameters.AddWithValue(word);
            command.Parameters.AddWithValue(count);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Integer, (object?)from ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Integer, (object?)to ?? DBNull.Value);
            var titles = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                titles.Add(reader.GetString(0));
            }

            return titles;
        }
    }

    private const string NewestOrder = "p.year DESC NULLS LAST, p.id DESC";
    private const string OldestOrder = "p.year ASC NULLS LAST, p.id ASC";
    private const string TitleOrder = "p.title_key, p.id";

    [Theory]
    [InlineData("newest", NewestOrder)]
    [InlineData("oldest", OldestOrder)]
    [InlineData("title", TitleOrder)]
    public async Task The_first_and_last_pages_are_those_of_every_match_in_order(string sort, string order)
    {
        var expected = await database.HoldingAsync("spanning", order, SearchRequest.CandidateCap);

        var first = await database.SearchAsync(new(Q: "spanning", Sort: sort, Page: "1"));
        var last = await database.SearchAsync(new(Q: "spanning", Sort: sort, Page: Pages.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(last.IsCapped);
        Assert.Equal(expected.Take(SearchRequest.PageSize), first.Hits.Select(h => h.Title));
        Assert.Equal(expected.Skip(SearchRequest.CandidateCap - SearchRequest.PageSize), last.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task By_relevance_the_candidates_are_the_newest_matches()
    {
        var expected = await database.HoldingAsync("spanning", NewestOrder, SearchRequest.CandidateCap);

        var last = await database.SearchAsync(new(Q: "spanning", Page: Pages.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected.Skip(SearchRequest.CandidateCap - SearchRequest.PageSize), last.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("newest", NewestOrder)]
    [InlineData("oldest", OldestOrder)]
    [InlineData("title", TitleOrder)]
    public async Task A_few_matches_in_every_span_are_all_found_undated_last(string sort, string order)
    {
        var expected = await database.HoldingAsync("scarce", order, SearchRequest.PageSize + 1);

        var results = await database.SearchAsync(new(Q: "scarce", Sort: sort));

        Assert.Equal(SearchRequest.PageSize, expected.Count);
        Assert.Equal(SearchRequest.PageSize, results.Total);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("2019", "2021", 500)]
    [InlineData("2025", null, 300)]
    [InlineData(null, "2017", 400)]
    public async Task A_year_range_finds_its_matches_in_whichever_spans_it_covers(string? from, string? to, int count)
    {
        var expected = await database.HoldingAsync("spanning", OldestOrder, SearchRequest.PageSize,
            from is null ? null : int.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : int.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var results = await database.SearchAsync(new(Q: "spanning", From: from, To: to, Sort: "oldest"));

        Assert.False(results.IsCapped);
        Assert.Equal(count, results.Total);
        Assert.Equal(expected, results.Hits.Select(h => h.Title));
    }
}
