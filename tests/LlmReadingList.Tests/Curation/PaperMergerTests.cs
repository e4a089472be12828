using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

/// <summary>Merging duplicates moves everything to the survivor, is in the history, and can be undone exactly.</summary>
public sealed class PaperMergerTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Fact]
    public async Task A_merge_moves_summaries_lists_titles_links_authors_and_tags_and_an_undo_puts_everything_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        // A duplicate of BERT as a curator might have created it by hand: its own summary, list, link, author and tag.
        long duplicateId, bertId;
        await using (var db = database.CreateDbContext())
        {
            var builder = new CatalogBuilder(db);
            var duplicate = builder.Paper("BERT (duplicate entry)", 2018, null, "Jacob Devlin");
            duplicate.Links.Add(new PaperLink { Url = "https://github.com/google-research/bert", Kind = LlmReadingList.Catalog.LinkKind.Code });
            builder.Summary(duplicate, "hand-made-source", "A duplicate's own summary.");
            builder.List("curated-picks", "Curated picks", duplicate);
            builder.Tag("encoders", "Encoders", duplicate);
            await builder.SaveAsync();
            duplicateId = duplicate.Id;
            bertId = await db.Papers.Where(p => p.ArxivId == "1810.04805").Select(p => p.Id).SingleAsync();
        }

        var before = await DatabaseSnapshot.TakeAsync(database);
        var merger = new PaperMerger(database.ContextFactory, TimeProvider.System);
        var versions = await VersionsAsync(database, bertId, duplicateId);

        var merged = await merger.MergeAsync(bertId, versions[bertId], duplicateId, versions[duplicateId], Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(merged);
        await using (var db = database.CreateDbContext())
        {
            var bert = await db.Papers.AsNoTracking().Include(p => p.Summaries).Include(p => p.ListEntries).Include(p => p.Titles)
                .Include(p => p.Links).Include(p => p.Authors).ThenInclude(a => a.Author).Include(p => p.Tags).SingleAsync(p => p.Id == bertId);
            Assert.Equal(4, bert.Summaries.Count);
            Assert.Equal(4, bert.ListEntries.Count);
            Assert.Contains(bert.Titles, t => t.Title == "BERT (duplicate entry)");
            Assert.Contains(bert.Links, l => l.Url == "https://github.com/google-research/bert");
            Assert.Equal(["Google DeepMind", "Jacob Devlin"], bert.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Name));
            Assert.Equal(2, bert.Tags.Count); // its own "transformer-architecture" and the duplicate's "encoders"
            Assert.Equal(bertId, (await db.Papers.SingleAsync(p => p.Id == duplicateId)).MergedIntoId);
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "merge" && a.Actor == Curator.Name));
        }

        var changeSet = await ChangeSetAsync(database, "merge");
        var undone = await merger.UndoAsync(changeSet, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(undone);
        var after = await DatabaseSnapshot.TakeAsync(database);
        foreach (var table in new[] { "summary", "list_entry", "paper_title", "paper_link", "paper_tag", "review_flag" })
        {
            Assert.Equal(Rows(before[table]), Rows(after[table]));
        }

        Assert.Equal(Rows(before["paper_author"]).Select(WithoutPosition), Rows(after["paper_author"]).Select(WithoutPosition));
        await using var check = database.CreateDbContext();
        Assert.Null((await check.Papers.SingleAsync(p => p.Id == duplicateId)).MergedIntoId);
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Action == "unmerge"));
    }

    [Fact]
    public async Task A_merge_with_a_stale_version_is_refused_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        await using var db = database.CreateDbContext();
        var ids = await db.Papers.Where(p => p.ArxivId == "1810.04805" || p.ArxivId == "1907.11692").Select(p => p.Id).ToListAsync();
        var versions = await VersionsAsync(database, ids[0], ids[1]);
        await db.Database.ExecuteSqlAsync($"UPDATE paper SET updated_at = now() WHERE id = {ids[1]}");

        var outcome = await new PaperMerger(database.ContextFactory, TimeProvider.System)
            .MergeAsync(ids[0], versions[ids[0]], ids[1], versions[ids[1]], Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Conflict>(outcome);
        Assert.Null((await db.Papers.AsNoTracking().SingleAsync(p => p.Id == ids[1])).MergedIntoId);
    }

    private static async Task<Dictionary<long, uint>> VersionsAsync(TestDatabase database, params long[] ids)
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Version);
    }

    private static async Task<Guid> ChangeSetAsync(TestDatabase database, string action)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.Where(a => a.Action == action).Select(a => a.ChangeSet).FirstAsync();
    }

    /// <summary>Rows without their xmin: a row that moved away and back is equal but was rewritten.</summary>
    private static List<string> Rows(List<string> rows) => rows.Select(r => r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal).ToList();

    private static string WithoutPosition(string row) => System.Text.RegularExpressions.Regex.Replace(row, "\"position\":\\d+", "");
}
