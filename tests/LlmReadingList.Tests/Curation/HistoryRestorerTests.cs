using LlmReadingList.Catalog.Curation;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Curation;

public sealed class HistoryRestorerTests
{
    private static readonly Curator Curator = new("curator@example.test", null);

    [Fact]
    public async Task Restoring_an_earlier_value_is_one_action_and_is_itself_recorded()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var editor = new PaperEditor(database.ContextFactory, TimeProvider.System);
        var restorer = Restorers.For(database);
        long id;
        await using (var db = database.CreateDbContext())
        {
            var paper = await PaperEditor.Load(db).AsNoTracking().SingleAsync(p => p.ArxivId == "2212.09741");
            id = paper.Id;
            var edit = PaperEditor.Current(paper) with { Title = "Instructor (renamed)", Year = 2023 };
            Assert.IsType<EditOutcome.Saved>(await editor.SaveAsync(id, paper.Version, edit, Curator, CancellationToken.None));
        }

        long titleChange;
        await using (var db = database.CreateDbContext())
        {
            titleChange = await db.AuditEntries.Where(a => a.EntityId == id && a.Field == "title" && a.Actor == Curator.Name).Select(a => a.Id).SingleAsync();
        }

        var outcome = await restorer.RestoreAsync(titleChange, Curator, CancellationToken.None);

        Assert.IsType<EditOutcome.Saved>(outcome);
        await using var check = database.CreateDbContext();
        var restored = await check.Papers.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(("One Embedder, Any Task: Instruction-Finetuned Text Embeddings", (int?)2023), (restored.Title, restored.Year));
        var record = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == id && a.Action == "restore");
        Assert.Equal(("title", "Instructor (renamed)", "One Embedder, Any Task: Instruction-Finetuned Text Embeddings"), (record.Field, record.OldValue, record.NewValue));
    }
}
