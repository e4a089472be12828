using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Import.Planning;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Puts back the value a field had before an audited change, as a new change of its own (action "restore"), through
/// the same editor and checks as a hand edit, for papers, lists, tags and authors. A merge is put back by undoing it.
/// </summary>
public sealed class HistoryRestorer(
    IDbContextFactory<CatalogDbContext> dbFactory,
    PaperEditor papers,
    PaperMerger merger,
    SummaryEditor summaries,
    ListEditor lists,
    TagEditor tags,
    AuthorEditor authors,
    AuthorMerger authorMerger)
{
    private static readonly HashSet<string> RestorablePaperFields =
        [PaperFields.Title, PaperFields.Year, PaperFields.ArxivId, PaperFields.Titles, PaperFields.Links, PaperFields.Authors, PaperFields.Tags];

    private static readonly HashSet<string> RestorableListFields = [ListFields.Title, ListFields.Description, ListFields.Entries];

    private static readonly HashSet<string> RestorableAuthorFields = [AuthorFields.Name, AuthorFields.Kind];

    public static bool CanRestore(string entityType, string action, string? field) => entityType switch
    {
        AuditEntities.Paper => (field is not null && RestorablePaperFields.Contains(field) && action is AuditActions.Update or AuditActions.Restore or AuditActions.Add)
            || (action == AuditActions.Merge && field == PaperMerger.MovedRowsField),
        AuditEntities.List => field is not null && RestorableListFields.Contains(field) && action is AuditActions.Update or AuditActions.Restore,
        AuditEntities.Tag => field == TagEditor.NameField && action is AuditActions.Update or AuditActions.Restore,
        AuditEntities.Author => (field is not null && RestorableAuthorFields.Contains(field) && action is AuditActions.Update or AuditActions.Restore)
            || (action == AuditActions.Merge && field == AuthorMerger.MovedRowsField),
        AuditEntities.Summary => field is Import.SummaryFields.Body or SummaryEditor.LanguageField && action is AuditActions.Update or AuditActions.Restore,
        _ => false,
    };

    public async Task<EditOutcome> RestoreAsync(long auditEntryId, Curator curator, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == auditEntryId, cancellationToken);
        if (entry is null || !CanRestore(entry.EntityType, entry.Action, entry.Field))
        {
            return new EditOutcome.NotFound();
        }

        return entry.EntityType switch
        {
            AuditEntities.Paper when entry.Action == AuditActions.Merge => await merger.UndoAsync(entry.ChangeSet, curator, cancellationToken),
            AuditEntities.Paper => await RestorePaperAsync(db, entry, curator, cancellationToken),
            AuditEntities.List => await RestoreListAsync(db, entry, curator, cancellationToken),
            AuditEntities.Tag => await RestoreTagAsync(db, entry, curator, cancellationToken),
            AuditEntities.Summary => await RestoreSummaryAsync(db, entry, curator, cancellationToken),
            AuditEntities.Author when entry.Action == AuditActions.Merge => await authorMerger.UndoAsync(entry.ChangeSet, curator, cancellationToken),
            _ => await RestoreAuthorAsync(db, entry, curator, cancellationToken),
        };
    }

    private async Task<EditOutcome> RestoreSummaryAsync(CatalogDbContext db, AuditEntry entry, Curator curator, CancellationToken cancellationToken)
    {
        var summary = await db.Summaries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == entry.EntityId, cancellationToken);
        return summary is null || entry.OldValue is null
            ? new EditOutcome.NotFound()
            : entry.Field == SummaryEditor.LanguageField
                ? await summaries.SaveAsync(summary.Id, summary.Version, summary.BodyMarkdown, entry.OldValue, curator, AuditActions.Restore, cancellationToken)
                : await summaries.SaveAsync(summary.Id, summary.Version, entry.OldValue, summary.Language, curator, AuditActions.Restore, cancellationToken);
    }

    private async Task<EditOutcome> RestorePaperAsync(CatalogDbContext db, AuditEntry entry, Curator curator, CancellationToken cancellationToken)
    {
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

    private async Task<EditOutcome> RestoreListAsync(CatalogDbContext db, AuditEntry entry, Curator curator, CancellationToken cancellationToken)
    {
        var list = await ListEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(l => l.Id == entry.EntityId, cancellationToken);
        if (list is null)
        {
            return new EditOutcome.NotFound();
        }

        var current = ListEditor.Current(list);
        ListEdit restored;
        switch (entry.Field)
        {
            case ListFields.Title when entry.OldValue is { } title:
                restored = current with { Title = title };
                break;
            case ListFields.Title:
                return EditOutcome.Because("", "That change set the first title; there is no earlier title to restore.");
            case ListFields.Description:
                restored = current with { Description = entry.OldValue };
                break;
            default:
                var entries = new List<ListEntryEdit>();
                foreach (var line in ListFieldValues.ParseEntries(entry.OldValue))
                {
                    if (await PaperLookup.BySlugAsync(db, line.PaperSlug, cancellationToken) is not { } paper)
                    {
                        return EditOutcome.Because("", $"The earlier order names a paper (“{line.PaperSlug}”) that is no longer in the catalog.");
                    }

                    entries.Add(new ListEntryEdit(paper.Id, line.Section, line.Note));
                }

                restored = current with { Entries = entries };
                break;
        }

        return await lists.SaveAsync(list.Id, list.Version, restored, curator, AuditActions.Restore, cancellationToken);
    }

    private async Task<EditOutcome> RestoreTagAsync(CatalogDbContext db, AuditEntry entry, Curator curator, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Id == entry.EntityId).Select(t => new { t.Id, t.Version }).SingleOrDefaultAsync(cancellationToken);
        return tag is null || entry.OldValue is null
            ? new EditOutcome.NotFound()
            : await tags.RenameAsync(tag.Id, tag.Version, entry.OldValue, curator, AuditActions.Restore, cancellationToken);
    }

    private async Task<EditOutcome> RestoreAuthorAsync(CatalogDbContext db, AuditEntry entry, Curator curator, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().SingleOrDefaultAsync(a => a.Id == entry.EntityId && a.MergedIntoId == null, cancellationToken);
        if (author is null)
        {
            return new EditOutcome.NotFound();
        }

        var current = AuthorEditor.Current(author);
        var restored = entry.Field switch
        {
            AuthorFields.Name when entry.OldValue is { } name => current with { Name = name },
            AuthorFields.Kind when SnakeCaseEnum<AuthorKind>.TryParse(entry.OldValue, out var kind) => current with { Kind = kind },
            _ => null,
        };
        return restored is null
            ? EditOutcome.Because("", "There is no earlier value to restore.")
            : await authors.SaveAsync(author.Id, author.Version, restored, curator, AuditActions.Restore, cancellationToken);
    }
}
