using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

/// <summary>Renaming an author keeps the old name for imports and the old address; kind switches; both are restorable.</summary>
public sealed class AuthorEditorTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Fact]
    public async Task A_rename_keeps_the_old_name_as_an_alias_so_a_later_import_credits_the_same_author()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var meta = await AuthorAsync(database, "meta");
        var editor = new AuthorEditor(database.ContextFactory, TimeProvider.System);

        var outcome = await editor.SaveAsync(meta.Id, meta.Version, new AuthorEdit("Meta AI", AuthorKind.Organization), Curator, CancellationToken.None);

        Assert.Equal("meta-ai", Assert.IsType<EditOutcome.Saved>(outcome).Slug);
        var renamed = await AuthorAsync(database, "meta-ai");
        Assert.Equal(("Meta AI", meta.Id), (renamed.Name, renamed.Id));
        Assert.Equal(["Meta", "Meta AI"], renamed.Aliases.Select(a => a.Name).Order());
        Assert.Contains("name", renamed.CuratedFields);
        await using (var db = database.CreateDbContext())
        {
            Assert.True(await db.SlugRedirects.AnyAsync(r => r.EntityType == "author" && r.OldSlug == "meta" && r.TargetId == meta.Id));
            var change = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "author" && a.EntityId == meta.Id);
            Assert.Equal(("name", "Meta", "Meta AI"), (change.Field, change.OldValue, change.NewValue));
        }

        var credits = await CreditsAsync(database, meta.Id);
        await database.ImportSeedAsync();

        await using var check = database.CreateDbContext();
        Assert.False(await check.Authors.AnyAsync(a => a.Name == "Meta"));
        Assert.Equal(credits, await CreditsAsync(database, meta.Id));
        Assert.Equal("Meta AI", (await check.Authors.SingleAsync(a => a.Id == meta.Id)).Name);
    }

    [Fact]
    public async Task A_name_that_is_already_another_authors_is_refused_and_a_stale_version_conflicts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var meta = await AuthorAsync(database, "meta");
        var editor = new AuthorEditor(database.ContextFactory, TimeProvider.System);

        var taken = await editor.SaveAsync(meta.Id, meta.Version, new AuthorEdit("meta genai", AuthorKind.Organization), Curator, CancellationToken.None);
        var blank = await editor.SaveAsync(meta.Id, meta.Version, new AuthorEdit(" ", AuthorKind.Organization), Curator, CancellationToken.None);
        Assert.IsType<EditOutcome.Saved>(await editor.SaveAsync(meta.Id, meta.Version, new AuthorEdit("Meta", AuthorKind.Person), Curator, CancellationToken.None));
        var stale = await editor.SaveAsync(meta.Id, meta.Version, new AuthorEdit("Meta Platforms", AuthorKind.Organization), Curator, CancellationToken.None);

        Assert.Equal("“meta genai” is already a name of “Meta GenAI”. If they are the same, merge them.", Assert.IsType<EditOutcome.Invalid>(taken).Errors["Name"]);
        Assert.Equal("Enter a name of at most 300 characters.", Assert.IsType<EditOutcome.Invalid>(blank).Errors["Name"]);
        Assert.IsType<EditOutcome.Conflict>(stale);
        Assert.Equal(("Meta", AuthorKind.Person), ((await AuthorAsync(database, "meta")).Name, (await AuthorAsync(database, "meta")).Kind));
    }

    [Fact]
    public async Task Restoring_an_authors_name_and_kind_puts_both_back_and_is_recorded()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var mila = await AuthorAsync(database, "mila");
        var editor = new AuthorEditor(database.ContextFactory, TimeProvider.System);
        Assert.IsType<EditOutcome.Saved>(await editor.SaveAsync(mila.Id, mila.Version, new AuthorEdit("Mila - Quebec AI Institute", AuthorKind.Person), Curator, CancellationToken.None));
        var restorer = Restorers.For(database);
        List<long> changes;
        await using (var db = database.CreateDbContext())
        {
            changes = await db.AuditEntries.Where(a => a.EntityType == "author" && a.EntityId == mila.Id).OrderBy(a => a.Field).Select(a => a.Id).ToListAsync();
        }

        foreach (var change in changes)
        {
            Assert.IsType<EditOutcome.Saved>(await restorer.RestoreAsync(change, Curator, CancellationToken.None));
        }

        var restored = await AuthorAsync(database, "mila");
        Assert.Equal(("Mila", AuthorKind.Organization, mila.Id), (restored.Name, restored.Kind, restored.Id));
        await using var check = database.CreateDbContext();
        var records = await check.AuditEntries.AsNoTracking().Where(a => a.EntityId == mila.Id && a.EntityType == "author" && a.Action == "restore").OrderBy(a => a.Field).ToListAsync();
        Assert.Equal([("kind", "person", "organization"), ("name", "Mila - Quebec AI Institute", "Mila")], records.Select(r => (r.Field!, r.OldValue!, r.NewValue!)));
    }

    private static async Task<Author> AuthorAsync(TestDatabase database, string slug)
    {
        await using var db = database.CreateDbContext();
        return await db.Authors.AsNoTracking().Include(a => a.Aliases).SingleAsync(a => a.Slug == slug);
    }

    private static async Task<List<long>> CreditsAsync(TestDatabase database, long authorId)
    {
        await using var db = database.CreateDbContext();
        return await db.PaperAuthors.Where(pa => pa.AuthorId == authorId).Select(pa => pa.PaperId).OrderBy(id => id).ToListAsync();
    }
}
