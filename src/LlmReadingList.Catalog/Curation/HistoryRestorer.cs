using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Import.Planning;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Puts back the value a field had before an audited change, as a new change of its own (action "restore"), through
/// the same editor and checks as a hand edit. A merge is put back by undoing it.
/// </summary>
public sealed class HistoryRestorer(IDbContextFactory<CatalogDbContext> dbFactory, PaperEditor papers, PaperMerger merger, SummaryEditor summaries)
{
    private static readonly HashSet<string> RestorablePaperFields =
        [PaperFields.Title, PaperFields.Year, PaperFields.ArxivId, PaperFields.Titles, PaperFields.Links, PaperFields.Authors, PaperFields.Tags];

    public static bool CanRestore(string entityType, string action, string? field) =>
        (entityType == AuditEntities.Paper && field is not null && RestorablePaperFields.Contains(field)
            && action is AuditActions.Update or AuditActions.Restore or AuditActions.Add)
        || (entityType == AuditEntities.Paper && action == AuditActions.Merge && field == PaperMerger.MovedRowsField)
        || (entityType == AuditEntities.Summary && field is Import.SummaryFields.Body or SummaryEditor.LanguageField
            && action is AuditActions.Update or AuditActions.Restore);

    public async Task<EditOutcome> RestoreAsync(long auditEntryId, Curator curator, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == auditEntryId, cancellationToken);
        if (entry is null || !CanRestore(entry.EntityType, entry.Action, entry.Field))
        {
            return new EditOutcome.NotFound();
        }

        if (entry.Action == AuditActions.Merge)
        {
            return await merger.UndoAsync(entry.ChangeSet, curator, cancellationToken);
        }

        if (entry.EntityType == AuditEntities.Summary)
        {
            var summary = await db.Summaries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == entry.EntityId, cancellationToken);
            return summary is null || entry.OldValue is null
                ? new EditOutcome.NotFound()
                : entry.Field == SummaryEditor.LanguageField
                    ? await summaries.SaveAsync(summary.Id, summary.Version, summary.BodyMarkdown, entry.OldValue, curator, AuditActions.Restore, cancellationToken)
                    : await summaries.SaveAsync(summary.Id, summary.Version, entry.OldValue, summary.Language, curator, AuditActions.Restore, cancellationToken);
        }

        var paper = await PaperEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == entry.EntityId, cancellationToken);
        if (paper is null || paper.MergedIntoId is not null)
        {
            return new EditOutcome.NotFound();
        }

        var current = PaperEditor.Current(paper);
        var restored = entry.Field switch
        {
            PaperFields.Title when entry.OldValue is { } title => current with { Title = title },
            PaperFields.Title => null,
            PaperFields.Year => current with { Year = PaperFieldValues.ParseYear(entry.OldValue) },
            PaperFields.ArxivId => current with { ArxivId = entry.OldValue },
            PaperFields.Titles => current with { AlternativeTitles = PaperFieldValues.ParseTitles(entry.OldValue) },
            PaperFields.Links => current with { Links = PaperFieldValues.ParseLinks(entry.OldValue) },
            PaperFields.Authors => current with { Authors = PaperFieldValues.ParseAuthors(entry.OldValue) },
            _ => current with { Tags = entry.Action == AuditActions.Add ? [.. current.Tags.Where(t => Text.Slug.From(t) != entry.NewValue)] : PaperFieldValues.ParseTags(entry.OldValue) },
        };
        return restored is null
            ? EditOutcome.Because("", "That change set the first title; there is no earlier title to restore.")
            : await papers.SaveAsync(paper.Id, paper.Version, restored, curator, AuditActions.Restore, cancellationToken);
    }
}
