using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

/// <summary>Merging duplicate authors moves credits and names, redirects the old address, survives imports, and undoes exactly.</summary>
public sealed class AuthorMergerTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Fact]
    public async Task A_merge_moves_credits_and_names_redirects_the_old_slug_and_an_undo_puts_everything_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var (survivor, merged) = (await AuthorAsync(database, "google-deepmind"), await AuthorAsync(database, "google-brain"));
        // A paper crediting both: it keeps the survivor's credit only.
        long jointPaper;
        await using (var db = database.CreateDbContext())
        {
            var paper = new CatalogBuilder(db).Paper("A joint Brain and DeepMind paper", 2023);
            paper.Authors.Add(new PaperAuthor { AuthorId = survivor.Id, Position = 0 });
            paper.Authors.Add(new PaperAuthor { AuthorId = merged.Id, Position = 1, CreditLine = "Google DeepMind, Google Brain" });
            await db.SaveChangesAsync();
            jointPaper = paper.Id;
        }

        var brainPapers = await CreditsAsync(database, merged.Id);
        var deepMindPapers = await CreditsAsync(database, survivor.Id);
        var before = await DatabaseSnapshot.TakeAsync(database);
        var merger = new AuthorMerger(database.ContextFactory, TimeProvider.System);

        var outcome = await merger.MergeAsync(survivor.Id, survivor.Version, merged.Id, merged.Version, Curator, CancellationToken.None);

        Assert.Equal(survivor.Id, Assert.IsType<EditOutcome.Saved>(outcome).Id);
        Assert.Empty(await CreditsAsync(database, merged.Id));
        Assert.Equal(brainPapers.Union(deepMindPapers).Order(), await CreditsAsync(database, survivor.Id));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(["Google Brain", "Google DeepMind"], await db.AuthorAliases.Where(a => a.AuthorId == survivor.Id).Select(a => a.Name).OrderBy(n => n).ToListAsync());
            Assert.Equal(survivor.Id, (await db.Authors.SingleAsync(a => a.Id == merged.Id)).MergedIntoId);
            var redirect = await db.SlugRedirects.AsNoTracking().SingleAsync(r => r.EntityType == "author" && r.OldSlug == "google-brain");
            Assert.Equal(survivor.Id, redirect.TargetId);
            Assert.Equal(1, await db.PaperAuthors.CountAsync(pa => pa.PaperId == jointPaper));
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "author" && a.Action == "merge" && a.Actor == Curator.Name));
        }

        var mergeEntry = await MergeEntryAsync(database);
        Assert.True(HistoryRestorer.CanRestore("author", "merge", mergeEntry.Field));
        var undone = await Restorers.For(database).RestoreAsync(mergeEntry.Id, Curator, CancellationToken.None);

        Assert.Equal(merged.Id, Assert.IsType<EditOutcome.Saved>(undone).Id);
        var after = await DatabaseSnapshot.TakeAsync(database);
        foreach (var table in new[] { "paper_author", "author_alias", "slug_redirect" })
        {
            Assert.Equal(Rows(before[table]), Rows(after[table]));
        }

        await using var check = database.CreateDbContext();
        Assert.Null((await check.Authors.SingleAsync(a => a.Id == merged.Id)).MergedIntoId);
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.EntityType == "author" && a.Action == "unmerge"));
    }

    [Fact]
    public async Task After_a_merge_an_import_credits_the_survivor_under_the_merged_authors_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var (survivor, merged) = (await AuthorAsync(database, "google-deepmind"), await AuthorAsync(database, "google-brain"));
        var brainPapers = await CreditsAsync(database, merged.Id);
        Assert.IsType<EditOutcome.Saved>(await new AuthorMerger(database.ContextFactory, TimeProvider.System)
            .MergeAsync(survivor.Id, survivor.Version, merged.Id, merged.Version, Curator, CancellationToken.None));

        await database.ImportSeedAsync();

        Assert.Empty(await CreditsAsync(database, merged.Id));
        Assert.Superset(brainPapers.ToHashSet(), (await CreditsAsync(database, survivor.Id)).ToHashSet());
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Authors.CountAsync(a => a.Name == "Google Brain"));
    }

    [Fact]
    public async Task A_merge_with_a_stale_version_or_of_an_author_into_itself_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var (survivor, merged) = (await AuthorAsync(database, "university-of-california"), await AuthorAsync(database, "ucla"));
        await using (var db = database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE author SET updated_at = now() WHERE id = {merged.Id}");
        }

        var merger = new AuthorMerger(database.ContextFactory, TimeProvider.System);
        var stale = await merger.MergeAsync(survivor.Id, survivor.Version, merged.Id, merged.Version, Curator, CancellationToken.None);
        var itself = await merger.MergeAsync(survivor.Id, survivor.Version, survivor.Id, survivor.Version, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Conflict>(stale);
        Assert.IsType<EditOutcome.Invalid>(itself);
        Assert.Null((await AuthorAsync(database, "ucla")).MergedIntoId);
    }

    private static async Task<Author> AuthorAsync(TestDatabase database, string slug)
    {
        await using var db = database.CreateDbContext();
        return await db.Authors.AsNoTracking().SingleAsync(a => a.Slug == slug);
    }

    private static async Task<List<long>> CreditsAsync(TestDatabase database, long authorId)
    {
        await using var db = database.CreateDbContext();
        return await db.PaperAuthors.Where(pa => pa.AuthorId == authorId).Select(pa => pa.PaperId).OrderBy(id => id).ToListAsync();
    }

    private static async Task<AuditEntry> MergeEntryAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "author" && a.Action == "merge" && a.Field == "moved_rows");
    }

    /// <summary>Rows without their xmin: a row that moved away and back is equal but was rewritten.</summary>
    private static List<string> Rows(List<string> rows) => rows.Select(r => r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal).ToList();
}
