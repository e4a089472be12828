using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Data;

/// <summary>The triggers keep a paper's search row current: titles-only tsvector and languages included.</summary>
public sealed class PaperSearchDocumentTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_search_row_follows_titles_summaries_and_their_languages()
    {
        await using var db = database.CreateDbContext();
        var catalog = new CatalogBuilder(db);
        var paper = catalog.Paper("Ring Attention with Blockwise Transformers", 2023);
        var summary = catalog.Summary(paper, "en-article", "Blockwise computation spreads long sequences over devices.");
        await catalog.SaveAsync();

        var row = await RowAsync(paper.Id);
        Assert.Equal(["en"], row.Languages);
        Assert.Contains("'blockwis'", row.TitleDocument, StringComparison.Ordinal);
        Assert.DoesNotContain("'devic'", row.TitleDocument, StringComparison.Ordinal);
        Assert.Contains("'devic'", row.Document, StringComparison.Ordinal);

        catalog.AlternativeTitle(paper, "环注意力", "zh");
        await catalog.SaveAsync();
        row = await RowAsync(paper.Id);
        Assert.Equal(["en", "zh"], row.Languages);
        Assert.Contains("'注意'", row.TitleDocument, StringComparison.Ordinal);

        db.PaperTitles.Remove(paper.Titles[0]);
        summary.Language = "zh";
        await db.SaveChangesAsync();
        row = await RowAsync(paper.Id);
        Assert.Equal(["zh"], row.Languages);
        Assert.DoesNotContain("'注意'", row.TitleDocument, StringComparison.Ordinal);
    }

    private async Task<(string[] Languages, string Document, string TitleDocument)> RowAsync(long paperId)
    {
        await using var db = database.CreateDbContext();
        var row = await db.PaperSearch.AsNoTracking().SingleAsync(s => s.PaperId == paperId);
        return (row.Languages.ToArray(), row.Document.ToString(), row.TitleDocument.ToString());
    }
}
