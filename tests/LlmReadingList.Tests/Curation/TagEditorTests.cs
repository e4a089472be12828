using LlmReadingList.Catalog.Curation;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

/// <summary>Tags: validated names with their own slugs, renames that keep old addresses, deletes that imports respect.</summary>
public sealed class TagEditorTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Theory]
    [InlineData("", "Enter a name.")]
    [InlineData("  ", "Enter a name.")]
    [InlineData("！？", "A tag name needs at least one Latin letter or digit, for its address.")]
    [InlineData("Scaling!", "There is already a tag “Scaling laws” with the address “scaling”.")]
    public async Task A_new_tag_needs_a_name_with_an_address_of_its_own(string name, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();

        var outcome = await new TagEditor(database.ContextFactory, TimeProvider.System).CreateAsync(name, Curator, CancellationToken.None);

        Assert.Equal(message, Assert.IsType<EditOutcome.Invalid>(outcome).Errors["Name"]);
    }

    [Fact]
    public async Task A_name_longer_than_100_characters_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcome = await new TagEditor(database.ContextFactory, TimeProvider.System).CreateAsync(new string('a', 101), Curator, CancellationToken.None);

        Assert.Equal("A tag name can have at most 100 characters.", Assert.IsType<EditOutcome.Invalid>(outcome).Errors["Name"]);
    }

    [Fact]
    public async Task A_rename_moves_the_slug_keeps_the_old_one_as_a_redirect_and_can_be_restored()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new TagEditor(database.ContextFactory, TimeProvider.System);
        var tag = await TagAsync(database, "scaling");

        var renamed = await editor.RenameAsync(tag.Id, tag.Version, "Scaling behaviour", Curator, CancellationToken.None);
        var stale = await editor.RenameAsync(tag.Id, tag.Version, "Stale rename", Curator, CancellationToken.None);

        Assert.Equal("scaling-behaviour", Assert.IsType<EditOutcome.Saved>(renamed).Slug);
        Assert.IsType<EditOutcome.Conflict>(stale);
        await using (var db = database.CreateDbContext())
        {
            Assert.True(await db.SlugRedirects.AnyAsync(r => r.EntityType == "tag" && r.OldSlug == "scaling" && r.TargetId == tag.Id));
            var change = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "tag" && a.EntityId == tag.Id && a.Action == "update");
            Assert.Equal(("name", "Scaling laws", "Scaling behaviour"), (change.Field, change.OldValue, change.NewValue));
            Assert.IsType<EditOutcome.Saved>(await Restorers.For(database).RestoreAsync(change.Id, Curator, CancellationToken.None));
        }

        // The slug follows the restored name; both earlier slugs lead to the tag.
        var restored = await TagAsync(database, "scaling-laws");
        Assert.Equal(("Scaling laws", tag.Id), (restored.Name, restored.Id));
        await using var check = database.CreateDbContext();
        Assert.Equal(["scaling", "scaling-behaviour"], await check.SlugRedirects.Where(r => r.EntityType == "tag" && r.TargetId == tag.Id).Select(r => r.OldSlug).OrderBy(s => s).ToListAsync());
    }

    [Fact]
    public async Task A_renamed_seed_tag_is_still_the_tag_sources_json_names_so_an_import_adds_no_second_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var tag = await TagAsync(database, "retrieval");
        Assert.IsType<EditOutcome.Saved>(await new TagEditor(database.ContextFactory, TimeProvider.System).RenameAsync(tag.Id, tag.Version, "RAG", Curator, CancellationToken.None));
        await using var db = database.CreateDbContext();
        var (tags, links) = (await db.Tags.CountAsync(), await db.PaperTags.CountAsync(pt => pt.TagId == tag.Id));

        await database.ImportSeedAsync();

        Assert.Equal((tags, links), (await db.Tags.CountAsync(), await db.PaperTags.CountAsync(pt => pt.TagId == tag.Id)));
        Assert.Equal(("RAG", "rag"), ((await TagAsync(database, "rag")).Name, (await TagAsync(database, "rag")).Slug));
    }

    [Fact]
    public async Task Deleting_a_tag_untags_its_papers_records_each_and_an_import_does_not_tag_them_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var tag = await TagAsync(database, "code");

        var outcome = await new TagEditor(database.ContextFactory, TimeProvider.System).DeleteAsync(tag.Id, tag.Version, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(outcome);
        await using (var db = database.CreateDbContext())
        {
            Assert.False(await db.Tags.AnyAsync(t => t.Id == tag.Id));
            Assert.False(await db.PaperTags.AnyAsync(pt => pt.TagId == tag.Id));
            var changes = await db.AuditEntries.AsNoTracking().Where(a => a.Actor == Curator.Name).ToListAsync();
            Assert.Single(changes, a => a.EntityType == "tag" && a.Action == "delete" && a.OldValue == "Code generation");
            Assert.Equal(4, changes.Count(a => a.EntityType == "paper" && a.Field == "tags" && a.OldValue!.Contains("Code generation", StringComparison.Ordinal)));
            Assert.Single(changes.Select(a => a.ChangeSet).Distinct());
        }

        await database.ImportSeedAsync();

        await using var check = database.CreateDbContext();
        Assert.Equal(0, await check.PaperTags.CountAsync(pt => pt.Tag!.Slug == "code"));
    }

    [Fact]
    public async Task A_paper_edit_finds_a_tag_by_its_name_even_when_its_slug_was_not_made_from_it()
    {
        // sources.json names the tag "Scaling laws" with the slug "scaling"; a paper edit must not make a second one.
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new PaperEditor(database.ContextFactory, TimeProvider.System);
        await using var db = database.CreateDbContext();
        var paper = await PaperEditor.Load(db).AsNoTracking().SingleAsync(p => p.ArxivId == "2001.08361");
        var tags = await db.Tags.CountAsync();

        var outcome = await editor.SaveAsync(paper.Id, paper.Version, PaperEditor.Current(paper) with { Tags = ["scaling laws", "Power laws"] }, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(outcome);
        Assert.Equal(tags + 1, await db.Tags.CountAsync());
        Assert.Equal(["power-laws", "scaling"], await db.PaperTags.Where(pt => pt.PaperId == paper.Id).Select(pt => pt.Tag!.Slug).OrderBy(s => s).ToListAsync());
    }

    private static async Task<LlmReadingList.Catalog.Data.Model.Tag> TagAsync(TestDatabase database, string slug)
    {
        await using var db = database.CreateDbContext();
        return await db.Tags.AsNoTracking().SingleAsync(t => t.Slug == slug);
    }
}
