using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Tests.Import.Parsers;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Import;

/// <summary>Importing again: the same articles change nothing; a changed article updates; curators' fields survive.</summary>
public sealed class ReimportTests
{
    [Fact]
    public async Task Importing_the_same_seed_twice_changes_no_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var second = await database.ImportSeedAsync();

        var after = await DatabaseSnapshot.TakeAsync(database);
        Assert.All(second.Articles, a => Assert.Equal(ImportStatus.Unchanged, a.Status));
        Assert.All(second.Articles, a => Assert.Equal((0, 0, 0), (a.NewPapers, a.Summaries, a.Flags)));
        Assert.Equal(0, second.TaggedPapers);
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"table {table} changed on the second import");
        }
    }

    [Fact]
    public async Task A_changed_article_updates_its_summaries_and_list_and_reports_what_changed()
    {
        using var seed = SeedFiles.Copy();
        await using var database = await TestDatabase.CreateAsync();
        await Import(database, seed.Folder);
        var article = seed.PathOf(Seed.PersonalSpace);
        var text = await File.ReadAllTextAsync(article);
        text = text.Replace("Same BERT model, with better training", "The same BERT model, trained better", StringComparison.Ordinal);
        text = text.Replace("2022 VCT: A Video Compression Transformer\nLossless compression by entropy coding result from lossy transformer. Very cool.\nhttps://arxiv.org/abs/2206.07307 -\n", "", StringComparison.Ordinal);
        text += " -\n2023 Sparks of Artificial General Intelligence\nEarly experiments with GPT-4.\nhttps://arxiv.org/abs/2303.12712 -\n";
        await File.WriteAllTextAsync(article, text);

        var report = await Import(database, article);

        var changed = Assert.Single(report.Articles);
        Assert.Equal(ImportStatus.Imported, changed.Status);
        // summaries: one added (the new entry), one updated (RoBERTa), one removed (VCT)
        Assert.Equal((20, 1, 3), (changed.Entries, changed.NewPapers, changed.Summaries));
        Assert.Contains(changed.Changes, c => c.Contains("Sparks of Artificial General Intelligence", StringComparison.Ordinal));
        Assert.Contains(changed.Changes, c => c.Contains("summary of \"RoBERTa", StringComparison.Ordinal) && c.EndsWith("updated", StringComparison.Ordinal));
        Assert.Contains(changed.Changes, c => c.Contains("summary of \"VCT", StringComparison.Ordinal) && c.EndsWith("removed", StringComparison.Ordinal));

        await using var db = database.CreateDbContext();
        var list = await db.ListEntries.AsNoTracking().Where(e => e.List!.Slug == "personal-learning-space")
            .OrderBy(e => e.Position).Select(e => e.Paper!.Title).ToListAsync();
        Assert.Equal(20, list.Count);
        Assert.DoesNotContain("VCT: A Video Compression Transformer", list);
        Assert.Equal("Sparks of Artificial General Intelligence", list[^1]);
        var roberta = await db.Summaries.AsNoTracking().SingleAsync(s => s.Paper!.ArxivId == "1907.11692");
        Assert.Contains("The same BERT model, trained better", roberta.BodyMarkdown, StringComparison.Ordinal);
        Assert.False(await db.Summaries.AnyAsync(s => s.Paper!.ArxivId == "2206.07307"));
        Assert.Equal(2023, (await db.Papers.SingleAsync(p => p.ArxivId == "2303.12712")).Year);
    }

    [Fact]
    public async Task A_field_a_curator_edited_is_never_overwritten_by_an_import()
    {
        using var seed = SeedFiles.Copy();
        await using var database = await TestDatabase.CreateAsync();
        await Import(database, seed.Folder);
        await using (var db = database.CreateDbContext())
        {
            var paper = await db.Papers.Include(p => p.Summaries).SingleAsync(p => p.ArxivId == "1907.11692");
            paper.Title = "RoBERTa (title set by a curator)";
            paper.Year = 2020;
            paper.CuratedFields.AddRange(["title", "year"]);
            var summary = paper.Summaries.Single();
            summary.BodyMarkdown = "A curator rewrote this summary.";
            summary.CuratedFields.Add(SummaryFields.Body);
            await db.SaveChangesAsync();
        }

        var article = seed.PathOf(Seed.PersonalSpace);
        var text = (await File.ReadAllTextAsync(article))
            .Replace("2019 RoBERTa: A Robustly Optimized BERT Pretraining Approach", "2019 RoBERTa: A Robustly Optimized BERT Pretraining Approach, Revised", StringComparison.Ordinal)
            .Replace("Same BERT model, with better training", "The article's new wording", StringComparison.Ordinal);
        await File.WriteAllTextAsync(article, text);

        await Import(database, article);

        await using var check = database.CreateDbContext();
        var after = await check.Papers.AsNoTracking().Include(p => p.Summaries).SingleAsync(p => p.ArxivId == "1907.11692");
        Assert.Equal(("RoBERTa (title set by a curator)", 2020), (after.Title, after.Year));
        Assert.Equal("A curator rewrote this summary.", after.Summaries.Single().BodyMarkdown);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var report = await database.CreateImporter().ImportAsync(new ImportOptions { Paths = [SeedFiles.Folder], DryRun = true }, null, CancellationToken.None);

        Assert.True(report.Succeeded);
        Assert.Equal(80, report.Articles.Sum(a => a.NewPapers));
        Assert.All(report.Articles, a => Assert.True(a.DryRun));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM source"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM import_run"));
    }

    [Fact]
    public async Task Without_curator_metadata_the_untitled_abstract_keeps_a_provisional_title_and_open_flags()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync(applyCuratorMetadata: false);

        await using var db = database.CreateDbContext();
        var paper = await db.Papers.AsNoTracking().Include(p => p.Flags)
            .SingleAsync(p => p.ListEntries.Any(e => e.List!.Slug == "mmst-abstract"));
        Assert.Equal(("Multi-Method Self-Training (MMST)", (int?)null, (string?)null), (paper.Title, paper.Year, paper.ArxivId));
        Assert.Equal(
            [ReviewFlagKind.ProvisionalTitle, ReviewFlagKind.MissingYear],
            paper.Flags.Where(f => f.ResolvedAt == null).Select(f => f.Kind).Order());
    }

    private static async Task<ImportReport> Import(TestDatabase database, string path) =>
        await database.CreateImporter().ImportAsync(new ImportOptions { Paths = [path] }, null, CancellationToken.None);
}
