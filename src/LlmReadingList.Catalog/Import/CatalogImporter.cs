using System.Diagnostics;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Manifest;
using LlmReadingList.Catalog.Import.Parsing;
using LlmReadingList.Catalog.Import.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Imports articles: each in its own transaction, so a rejected or failing article leaves the database exactly as
/// it was while the others still import. Every attempt is recorded in <c>import_run</c>.
/// </summary>
public sealed partial class CatalogImporter(
    IDbContextFactory<CatalogDbContext> dbFactory,
    TimeProvider clock,
    ILogger<CatalogImporter> logger)
{
    // Imports serialise on this lock so two concurrent imports cannot both create the same paper.
    internal const long ImportLockKey = 0x4C4C4D524C_494D;

    public async Task<ImportReport> ImportAsync(ImportOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var articles = await ArticleSet.ResolveAsync(options.Paths, cancellationToken);
        var reports = new List<ArticleReport>(articles.Count);

        // A dry run writes every article into one transaction that is rolled back at the end, so each article sees
        // what the ones before it would have written and the counts match a real import.
        await using var dryRun = options.DryRun ? await dbFactory.CreateDbContextAsync(cancellationToken) : null;
        await using var dryRunTransaction = dryRun is null ? null : await dryRun.Database.BeginTransactionAsync(cancellationToken);
        foreach (var article in articles)
        {
            progress?.Report($"{Path.GetFileName(article.Path)}: reading");
            var report = await ImportArticleAsync(article, options, dryRun, progress, cancellationToken);
            reports.Add(report);
            LogArticle(report.File, report.Status, report.Entries, report.NewPapers, report.Error);
        }

        if (dryRunTransaction is not null)
        {
            await dryRunTransaction.RollbackAsync(cancellationToken);
        }

        var tagged = 0;
        var manifests = articles.Select(a => a.Manifest).OfType<SeedManifest>().Distinct().ToList();
        if (options.ApplyCuratorMetadata && !options.DryRun && manifests.Count > 0)
        {
            progress?.Report("applying curator tags");
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            foreach (var manifest in manifests)
            {
                tagged += await TagApplier.ApplyAsync(db, manifest.CuratorMetadata.Tags, clock.GetUtcNow(), cancellationToken);
            }
        }

        return new ImportReport(reports, tagged);
    }

    private async Task<ArticleReport> ImportArticleAsync(ArticleToImport article, ImportOptions options, CatalogDbContext? dryRun, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(article.Path);
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        if (article.Problem is not null || article.Descriptor is null || article.Manifest is null)
        {
            return await RecordAsync(ArticleReport.Rejected(article.Path, article.Descriptor?.Key, article.Problem ?? "not described in sources.json"), null, started, options, cancellationToken);
        }

        var descriptor = article.Descriptor;
        var read = await ArticleReader.ReadAsync(article.Path, descriptor.Parser, cancellationToken);
        if (read.Article is null)
        {
            return await RecordAsync(ArticleReport.Rejected(article.Path, descriptor.Key, read.Problem!, read.Line), null, started, options, cancellationToken);
        }

        var metadata = options.ApplyCuratorMetadata ? article.Manifest.CuratorMetadata : new CuratorMetadata();
        var plan = ArticlePlanner.Plan(read.Article, descriptor.Key, metadata.Papers);
        var credits = new CreditLineParser(metadata.AuthorAliases.Select(a => (a.Name, a.Canonical)).ToList());
        progress?.Report($"{fileName}: writing {plan.Count} entries");

        try
        {
            return dryRun is null
                ? await WriteInOwnTransactionAsync(article.Path, descriptor, read, plan, credits, started, stopwatch, cancellationToken)
                : await WriteDryRunAsync(dryRun, article.Path, descriptor, read, plan, credits, stopwatch, cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is DbUpdateConcurrencyException
                ? "a curator changed a record this article touches while it was importing; nothing was written, run the import again"
                : $"writing failed and nothing was written ({exception.GetBaseException().Message})";
            return await RecordAsync(ArticleReport.Rejected(article.Path, descriptor.Key, reason), read.ContentHash, started, options, cancellationToken);
        }
    }

    private async Task<ArticleReport> WriteInOwnTransactionAsync(
        string path, SourceDescriptor descriptor, ReadArticle read, IReadOnlyList<PlannedEntry> plan, CreditLineParser credits,
        DateTimeOffset started, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", cancellationToken);
        var changes = await new ArticleWriter(db, descriptor, credits, clock.GetUtcNow()).WriteAsync(descriptor, read.ContentHash!, plan, cancellationToken);
        var report = Report(path, descriptor, read.Article!, plan, changes, dryRun: false, stopwatch.Elapsed);
        db.ImportRuns.Add(Run(report, read.ContentHash, started));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private async Task<ArticleReport> WriteDryRunAsync(
        CatalogDbContext db, string path, SourceDescriptor descriptor, ReadArticle read, IReadOnlyList<PlannedEntry> plan, CreditLineParser credits,
        Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        const string savepoint = "article";
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        try
        {
            var changes = await new ArticleWriter(db, descriptor, credits, clock.GetUtcNow()).WriteAsync(descriptor, read.ContentHash!, plan, cancellationToken);
            return Report(path, descriptor, read.Article!, plan, changes, dryRun: true, stopwatch.Elapsed);
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static ArticleReport Report(string path, SourceDescriptor descriptor, ParsedArticle article, IReadOnlyList<PlannedEntry> plan, ImportChanges changes, bool dryRun, TimeSpan duration)
    {
        var meaningful = changes.MessageCount > 0 || changes.SummariesChanged > 0 || changes.FlagsRaised > 0;
        return new ArticleReport
        {
            File = path,
            SourceKey = descriptor.Key,
            Status = meaningful ? ImportStatus.Imported : ImportStatus.Unchanged,
            DryRun = dryRun,
            Entries = plan.Count,
            NewPapers = changes.NewPapers,
            MergedPapers = changes.MergedPapers.Count,
            Summaries = changes.SummariesChanged,
            Flags = changes.FlagsRaised,
            Warnings = article.Notes.Count,
            Changes = changes.Messages,
            ChangeCount = changes.MessageCount,
            Notes = article.Notes.Select(n => $"line {n.Line}: {n.Message}").ToList(),
            Duration = duration,
        };
    }

    /// <summary>Records a rejected attempt in its own transaction: the article's own transaction was never committed.</summary>
    private async Task<ArticleReport> RecordAsync(ArticleReport report, string? contentHash, DateTimeOffset started, ImportOptions options, CancellationToken cancellationToken)
    {
        if (!options.DryRun)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ImportRuns.Add(Run(report, contentHash, started));
            await db.SaveChangesAsync(cancellationToken);
        }

        return report with { DryRun = options.DryRun };
    }

    private ImportRun Run(ArticleReport report, string? contentHash, DateTimeOffset started) => new()
    {
        StartedAt = started,
        FinishedAt = clock.GetUtcNow(),
        FileName = report.File,
        SourceKey = report.SourceKey,
        ContentHash = contentHash,
        Status = report.Status,
        Entries = report.Entries,
        NewPapers = report.NewPapers,
        MergedPapers = report.MergedPapers,
        Summaries = report.Summaries,
        Flags = report.Flags,
        Warnings = report.Warnings,
        Message = report.Error ?? (report.Changes.Count == 0 ? "no changes" : string.Join("\n", report.Changes.Take(200))),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {File}: {Status}, {Entries} entries, {NewPapers} new papers {Error}")]
    private partial void LogArticle(string file, ImportStatus status, int entries, int newPapers, string? error);
}
