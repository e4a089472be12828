using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Data;

/// <summary>The triggers keep a paper's search row current: titles-only tsvector, languages and facet ids included.</summary>
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

    [Fact]
    public async Task The_search_row_holds_the_ids_of_the_papers_authors_tags_and_lists_as_they_change()
    {
        await using var db = database.CreateDbContext();
        var catalog = new CatalogBuilder(db);
        var paper = catalog.Paper("Facet Ids Follow Their Links", 2024, null, "Ada Facet", "Grace Facet");
        var other = catalog.Paper("Another Facet Paper", 2024);
        var tag = catalog.Tag("facet-ids", "Facet ids", paper);
        var list = catalog.List("facet-ids-list", "Facet ids list", paper, other);
        await catalog.SaveAsync();
        var ada = paper.Authors.Single(a => a.Author!.Name == "Ada Facet").Author!;
        var grace = paper.Authors.Single(a => a.Author!.Name == "Grace Facet").Author!;

        var ids = await RowAsync(paper.Id);
        Assert.Equal([ada.Id, grace.Id], ids.Authors.Order());
        Assert.Equal([tag.Id], ids.Tags);
        Assert.Equal([list.Id], ids.Lists);

        // one change per statement, so each link table's trigger is what updates the row
        db.PaperAuthors.Remove(paper.Authors.Single(a => a.AuthorId == ada.Id));
        await catalog.SaveAsync();
        Assert.Equal([grace.Id], (await RowAsync(paper.Id)).Authors);

        db.PaperTags.RemoveRange(tag.Papers);
        await catalog.SaveAsync();
        Assert.Empty((await RowAsync(paper.Id)).Tags);

        var second = catalog.List("facet-ids-second", "Second facet ids list");
        catalog.Entry(second, paper);
        await catalog.SaveAsync();
        Assert.Equal([list.Id, second.Id], (await RowAsync(paper.Id)).Lists.Order());
        Assert.Equal([list.Id], (await RowAsync(other.Id)).Lists);

        // moving entries within their lists leaves the ids as they were, and the search row is not rewritten
        var version = await RowVersionAsync(paper.Id);
        await db.Database.ExecuteSqlAsync($"UPDATE list_entry SET position = position + 10 WHERE paper_id = {paper.Id}");
        Assert.Equal(version, await RowVersionAsync(paper.Id));
    }

    private async Task<string> RowVersionAsync(long paperId)
    {
        await using var db = database.CreateDbContext();
        return await db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM paper_search WHERE paper_id = {paperId}").SingleAsync();
    }

    private async Task<(string[] Languages, string Document, string TitleDocument, long[] Authors, long[] Tags, long[] Lists)> RowAsync(long paperId)
    {
        await using var db = database.CreateDbContext();
        var row = await db.PaperSearch.AsNoTracking().SingleAsync(s => s.PaperId == paperId);
        return (row.Languages.ToArray(), row.Document.ToString(), row.TitleDocument.ToString(),
            row.AuthorIds.ToArray(), row.TagIds.ToArray(), row.ListIds.ToArray());
    }
}
