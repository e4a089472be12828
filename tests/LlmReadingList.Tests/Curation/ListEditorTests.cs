using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

/// <summary>Curators' list edits: one audited change per save, checked against the list's version, kept by imports.</summary>
public sealed class ListEditorTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Fact]
    public async Task A_save_reorders_sets_sections_and_notes_adds_a_paper_and_records_the_order_before_and_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, current) = await LoadAsync(database, "mmst-abstract");
        var attention = await PaperIdAsync(database, "1706.03762");

        var outcome = await editor.SaveAsync(list.Id, list.Version, current with
        {
            Title = "Self-training, curated",
            Entries = [current.Entries[0] with { Section = "Code", Note = "The abstract the article quotes." }],
            Add = new ListAddition("arXiv:1706.03762v7", "Foundations", null),
        }, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(outcome);
        var (after, _) = await LoadAsync(database, "mmst-abstract");
        Assert.Equal("Self-training, curated", after.Title);
        Assert.Equal(
            [("multi-method-self-training-improving-code-generation-with-text-and-vice-versa-2307-10633", "Code", "The abstract the article quotes."), ("attention-is-all-you-need-1706-03762", "Foundations", null)],
            after.Entries.OrderBy(e => e.Position).Select(e => (e.Paper!.Slug, e.Section, e.Note)));
        Assert.Equal([0, 1], after.Entries.Select(e => e.Position).Order());
        Assert.Equal(attention, after.Entries.Single(e => e.Position == 1).PaperId);
        Assert.Superset(new HashSet<string> { ListFields.Title, ListFields.Entries }, after.CuratedFields.ToHashSet());
        Assert.NotEqual(list.Version, after.Version);
        await using var db = database.CreateDbContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "list" && a.EntityId == list.Id && a.Actor == Curator.Name).ToListAsync();
        Assert.Equal(["entries", "title"], audit.Select(a => a.Field).Order());
        Assert.Single(audit.Select(a => a.ChangeSet).Distinct());
        var entries = audit.Single(a => a.Field == "entries");
        Assert.Equal("1 | multi-method-self-training-improving-code-generation-with-text-and-vice-versa-2307-10633 |  |", entries.OldValue);
        Assert.Equal(
            "1 | multi-method-self-training-improving-code-generation-with-text-and-vice-versa-2307-10633 | Code | The abstract the article quotes.\n" +
            "2 | attention-is-all-you-need-1706-03762 | Foundations |",
            entries.NewValue);
    }

    [Fact]
    public async Task A_paper_already_in_the_list_or_unknown_is_refused_with_a_message_for_the_add_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, current) = await LoadAsync(database, "personal-learning-space");

        // By exact title (case and punctuation aside), by arXiv id, and by a slug that does not exist.
        var twice = await editor.SaveAsync(list.Id, list.Version, current with { Add = new ListAddition("attention is all you need", null, null) }, Curator, CancellationToken.None);
        var byId = await editor.SaveAsync(list.Id, list.Version, current with { Add = new ListAddition("1810.04805", null, null) }, Curator, CancellationToken.None);
        var unknown = await editor.SaveAsync(list.Id, list.Version, current with { Add = new ListAddition("no-such-paper", null, null) }, Curator, CancellationToken.None);

        Assert.Equal("“Attention Is All You Need” is already in this list, at position 2.", Assert.IsType<EditOutcome.Invalid>(twice).Errors[ListEditor.AddPaperField]);
        Assert.StartsWith("“BERT", Assert.IsType<EditOutcome.Invalid>(byId).Errors[ListEditor.AddPaperField], StringComparison.Ordinal);
        Assert.Equal("No paper has the slug, arXiv id or title “no-such-paper”.", Assert.IsType<EditOutcome.Invalid>(unknown).Errors[ListEditor.AddPaperField]);
        var (after, _) = await LoadAsync(database, "personal-learning-space");
        Assert.Equal(list.Version, after.Version);
    }

    [Fact]
    public async Task A_save_against_a_stale_version_is_refused_even_when_only_entries_changed_in_between()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, current) = await LoadAsync(database, "ainlper-2023-10");
        var firstEntries = current.Entries.Skip(1).Append(current.Entries[0]).ToList();

        var first = await editor.SaveAsync(list.Id, list.Version, current with { Entries = firstEntries }, Curator, CancellationToken.None);
        var second = await editor.SaveAsync(list.Id, list.Version, current with { Title = "A stale title" }, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(first);
        Assert.IsType<EditOutcome.Conflict>(second);
        var (after, now) = await LoadAsync(database, "ainlper-2023-10");
        Assert.Equal(list.Title, after.Title);
        Assert.Equal(firstEntries.Select(e => e.PaperId), now.Entries.Select(e => e.PaperId));
    }

    [Fact]
    public async Task The_order_a_curator_gave_an_imported_list_survives_importing_the_seed_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, current) = await LoadAsync(database, "personal-learning-space");
        var reversed = current.Entries.Reverse().ToList();
        reversed[0] = reversed[0] with { Section = "Read first" };

        Assert.IsType<EditOutcome.Saved>(await editor.SaveAsync(list.Id, list.Version, current with { Title = "Learning space (curated)", Entries = reversed }, Curator, CancellationToken.None));
        await database.ImportSeedAsync();

        var (after, now) = await LoadAsync(database, "personal-learning-space");
        Assert.Equal("Learning space (curated)", after.Title);
        Assert.Equal(reversed, now.Entries);
    }

    [Fact]
    public async Task Without_the_curator_mark_an_import_puts_the_article_order_back()
    {
        // The control for the test above: a reorder that is not marked curator-owned does not survive.
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var (list, current) = await LoadAsync(database, "personal-learning-space");
        await using (var db = database.CreateDbContext())
        {
            var count = current.Entries.Count;
            await db.ListEntries.Where(e => e.ListId == list.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Position, e => count - 1 - e.Position));
        }

        await database.ImportSeedAsync();

        var (_, now) = await LoadAsync(database, "personal-learning-space");
        Assert.Equal(current.Entries, now.Entries);
    }

    [Fact]
    public async Task A_failure_while_saving_leaves_neither_the_change_nor_its_audit_entries()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        // Fault injection: the database refuses the audit entries of list changes, after the list rows were written.
        await database.Server.ExecuteAsync("""
            CREATE FUNCTION refuse_list_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.entity_type = 'list' THEN RAISE EXCEPTION 'injected failure'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_list_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION refuse_list_audit();
            """, database.Name);
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, current) = await LoadAsync(database, "understanding-llms");

        await Assert.ThrowsAsync<DbUpdateException>(() => editor.SaveAsync(
            list.Id, list.Version, current with { Title = "Never saved", Entries = current.Entries.Reverse().ToList() }, Curator, CancellationToken.None));

        var (after, now) = await LoadAsync(database, "understanding-llms");
        Assert.Equal((list.Title, list.Version, list.CuratedFields.Count), (after.Title, after.Version, after.CuratedFields.Count));
        Assert.Equal(current.Entries, now.Entries);
        await using var db = database.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Actor == Curator.Name));
    }

    [Fact]
    public async Task A_new_list_needs_a_title_and_a_free_well_formed_slug()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);

        var noTitle = await editor.CreateAsync(new NewList(" ", "fine-slug", null), Curator, CancellationToken.None);
        var badSlug = await editor.CreateAsync(new NewList("Picks", "Bad Slug!", null), Curator, CancellationToken.None);
        var taken = await editor.CreateAsync(new NewList("Picks", "llm-papers-40", null), Curator, CancellationToken.None);
        var created = await editor.CreateAsync(new NewList("Weekend Reading: Agents", null, "Short and readable."), Curator, CancellationToken.None);

        Assert.Equal("Enter a title.", Assert.IsType<EditOutcome.Invalid>(noTitle).Errors["Title"]);
        Assert.StartsWith("Use lower-case letters", Assert.IsType<EditOutcome.Invalid>(badSlug).Errors["Slug"], StringComparison.Ordinal);
        Assert.Equal("Another list already has the address “llm-papers-40”.", Assert.IsType<EditOutcome.Invalid>(taken).Errors["Slug"]);
        var saved = Assert.IsType<EditOutcome.Saved>(created);
        Assert.Equal("weekend-reading-agents", saved.Slug);
        await using var db = database.CreateDbContext();
        var list = await db.ReadingLists.AsNoTracking().SingleAsync(l => l.Id == saved.Id);
        Assert.Equal(("Weekend Reading: Agents", "Short and readable.", (long?)null), (list.Title, list.Description, list.SourceId));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "list" && a.EntityId == list.Id && a.Action == "create" && a.Actor == Curator.Name));
    }

    [Fact]
    public async Task Restoring_an_earlier_order_and_title_is_recorded_as_a_restore()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new ListEditor(database.ContextFactory, TimeProvider.System);
        var (list, original) = await LoadAsync(database, "ainlper-2023-10");
        var edited = original with { Title = "October 2023", Entries = [.. original.Entries.Skip(2), .. original.Entries.Take(2)] };
        Assert.IsType<EditOutcome.Saved>(await editor.SaveAsync(list.Id, list.Version, edited, Curator, CancellationToken.None));
        var restorer = Restorers.For(database);

        Assert.IsType<EditOutcome.Saved>(await restorer.RestoreAsync(await ChangeIdAsync(database, list.Id, "entries"), Curator, CancellationToken.None));
        Assert.IsType<EditOutcome.Saved>(await restorer.RestoreAsync(await ChangeIdAsync(database, list.Id, "title"), Curator, CancellationToken.None));

        var (after, now) = await LoadAsync(database, "ainlper-2023-10");
        Assert.Equal(original.Title, after.Title);
        Assert.Equal(original.Entries, now.Entries);
        await using var db = database.CreateDbContext();
        Assert.Equal(["entries", "title"], await db.AuditEntries.Where(a => a.EntityType == "list" && a.Action == "restore").Select(a => a.Field!).OrderBy(f => f).ToListAsync());
    }

    private static async Task<(ReadingList List, ListEdit Current)> LoadAsync(TestDatabase database, string slug)
    {
        await using var db = database.CreateDbContext();
        var list = await ListEditor.Load(db).AsNoTracking().SingleAsync(l => l.Slug == slug);
        return (list, ListEditor.Current(list));
    }

    private static async Task<long> PaperIdAsync(TestDatabase database, string arxivId)
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.Where(p => p.ArxivId == arxivId).Select(p => p.Id).SingleAsync();
    }

    private static async Task<long> ChangeIdAsync(TestDatabase database, long listId, string field)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.Where(a => a.EntityType == "list" && a.EntityId == listId && a.Field == field && a.Action == "update" && a.Actor == Curator.Name)
            .Select(a => a.Id).SingleAsync();
    }
}
