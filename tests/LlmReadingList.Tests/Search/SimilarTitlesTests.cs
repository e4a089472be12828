using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// A typo whose corrected words are in many titles: only <see cref="SearchSql.SimilarTitles"/> of them are compared
/// with the words as typed, those that best hold the corrected words, so the short, old title the reader meant is
/// still compared (and first), though hundreds of newer, longer titles also hold its words.
/// </summary>
public sealed class SimilarTitlesTests(SimilarTitlesTests.Catalog database) : IClassFixture<SimilarTitlesTests.Catalog>
{
    private const int LongerTitles = SearchSql.SimilarTitles + 100;

    public sealed class Catalog : BulkCatalog
    {
        protected override string FillSql => $"""
            INSERT INTO paper (title, title_key, slug, year)
            VALUES ('Attention Is All You Need', 'attention is all you need', 'attention', 1990);
            INSERT INTO paper (title, title_key, slug, year)
            SELECT 'Sparse attention for the long documents that retrieval systems need, study ' || g,
                   'sparse attention ' || g, 'sparse-' || g, 2000 + g % 25
            FROM generate_series(1, {LongerTitles}) g;
            INSERT INTO summary (paper_id, source_id, body_markdown, language)
            SELECT p.id, s.id, 'A paper.', 'en' FROM paper p, source s;
            """;
    }

    [Fact]
    public async Task The_closest_title_is_first_among_hundreds_holding_its_corrected_words()
    {
        var results = await database.SearchAsync(new(Q: "atention is all you need"));

        Assert.Equal(LongerTitles + 1, results.Total);
        Assert.Equal("Attention Is All You Need", results.Hits[0].Title);
    }
}
