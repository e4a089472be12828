using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Data;

/// <summary>The search row follows every write path: inserts, updates and deletes of papers, titles and summaries.</summary>
public sealed class SearchDocumentTriggerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_search_document_follows_titles_and_summaries()
    {
        await using var db = database.CreateDbContext();
        var builder = new CatalogBuilder(db);
        var paper = builder.Paper("Sparse Mixtures of Gated Experts", 2021);
        var summary = builder.Summary(paper, "trigger-source", "Routing tokens to experts with learned gates.");
        builder.AlternativeTitle(paper, "稀疏专家混合", "zh");
        await builder.SaveAsync();

        Assert.True(await MatchesAsync(paper.Id, "gate & rout"));
        Assert.True(await MatchesAsync(paper.Id, "'专家' <-> '家混'"));

        summary.BodyMarkdown = "Load balancing across many expert networks.";
        paper.Title = "Switch Transformers";
        await db.SaveChangesAsync();
        Assert.False(await MatchesAsync(paper.Id, "rout"));
        Assert.True(await MatchesAsync(paper.Id, "balanc & switch"));

        db.Summaries.Remove(summary);
        db.PaperTitles.RemoveRange(paper.Titles);
        await db.SaveChangesAsync();
        Assert.False(await MatchesAsync(paper.Id, "balanc"));
        Assert.False(await MatchesAsync(paper.Id, "'专家'"));
        Assert.True(await MatchesAsync(paper.Id, "switch"));
        Assert.Equal("switch transformers", await db.PaperSearch.Where(s => s.PaperId == paper.Id).Select(s => s.Titles).SingleAsync());
    }

    [Fact]
    public async Task A_summary_of_one_long_chinese_run_is_indexed_in_moments()
    {
        await using var db = database.CreateDbContext();
        var builder = new CatalogBuilder(db);
        var paper = builder.Paper("Long Chinese Summary", 2023);
        // found by the fuzz drill: a 86,000-character run took minutes to index (quadratic substr) and the import timed out
        builder.Summary(paper, "trigger-long-run", "开头" + string.Concat(Enumerable.Repeat("注意力", 30_000)) + " tail");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await builder.SaveAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"saving took {watch.Elapsed}");
        Assert.True(await MatchesAsync(paper.Id, "'开头' <-> '头注' <-> '注意'"));
        Assert.True(await MatchesAsync(paper.Id, "tail"));
    }

    private async Task<bool> MatchesAsync(long paperId, string tsquery)
    {
        return await DatabaseSnapshot.CountAsync(database,
            $"SELECT count(*) FROM paper_search WHERE paper_id = {paperId} AND document @@ '{tsquery.Replace("'", "''", StringComparison.Ordinal)}'::tsquery") == 1;
    }
}
