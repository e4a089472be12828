using System.Text.Json;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Merges a duplicate paper into a survivor: its summaries, list entries, titles, links, authors and tags move to the
/// survivor (rows that would duplicate one the survivor already has stay behind on the merged paper, so nothing is
/// deleted), its title becomes an alternative title, and its URL redirects. The merge is recorded as one change set
/// holding the ids of everything moved, so it can be undone exactly.
/// </summary>
public sealed class PaperMerger(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string MovedRowsField = "moved_rows";
    public const string MergedIntoField = "merged_into";

    public async Task<EditOutcome> MergeAsync(long survivorId, uint survivorVersion, long mergedId, uint mergedVersion, Curator curator, CancellationToken cancellationToken)
    {
        if (survivorId == mergedId)
        {
            return EditOutcome.Because("", "A paper cannot be merged into itself.");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var papers = await Full(db).Where(p => p.Id == survivorId || p.Id == mergedId).ToListAsync(cancellationToken);
        var survivor = papers.SingleOrDefault(p => p.Id == survivorId);
        var merged = papers.SingleOrDefault(p => p.Id == mergedId);
        if (survivor is null || merged is null || survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
        {
            return new EditOutcome.NotFound();
        }

        if (survivor.Version != survivorVersion || merged.Version != mergedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var moved = new MovedRows();
        MoveRows(survivor, merged, moved);
        if (!survivor.Titles.Any(t => t.TitleKey == merged.TitleKey) && survivor.TitleKey != merged.TitleKey)
        {
            var kept = new PaperTitle { Title = merged.Title, TitleKey = merged.TitleKey, Language = Language.Detect(merged.Title) };
            survivor.Titles.Add(kept);
            moved.AddedTitle = kept;
        }

        if (survivor.ArxivId is null && merged.ArxivId is not null)
        {
            moved.ArxivId = merged.ArxivId;
            merged.ArxivId = null;
            // The unique index on arxiv_id must see the id leave the merged paper before the survivor takes it.
            await db.SaveChangesAsync(cancellationToken);
            survivor.ArxivId = moved.ArxivId;
        }

        if (survivor.Year is null && merged.Year is not null)
        {
            survivor.Year = merged.Year;
            moved.YearCopied = true;
        }

        foreach (var flag in merged.Flags.Where(f => f.ResolvedAt is null).Concat(survivor.Flags.Where(f => f.ResolvedAt is null && f.RelatedPaperId == merged.Id && f.Kind == ReviewFlagKind.SuspectedDuplicate)))
        {
            flag.ResolvedAt = now;
            flag.ResolvedBy = curator.Name;
            flag.Resolution = $"merged \"{merged.Title}\" into \"{survivor.Title}\"";
            moved.ResolvedFlagIds.Add(flag);
        }

        merged.MergedIntoId = survivor.Id;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var audit = curator.Audit(db, now);
        audit.Record(AuditActions.Merge, AuditEntities.Paper, merged.Id, MergedIntoField, null, survivor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Record(AuditActions.Merge, AuditEntities.Paper, survivor.Id, MovedRowsField, merged.Title, JsonSerializer.Serialize(moved.ToRecord(merged.Id)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(survivor.Slug);
    }

    /// <summary>Undoes the merge recorded in <paramref name="changeSet"/>: everything moved goes back, the merged paper returns.</summary>
    public async Task<EditOutcome> UndoAsync(Guid changeSet, Curator curator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.AuditEntries.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ChangeSet == changeSet && a.Action == AuditActions.Merge && a.Field == MovedRowsField, cancellationToken);
        if (entry?.NewValue is null || JsonSerializer.Deserialize<MergeRecord>(entry.NewValue) is not { } record)
        {
            return new EditOutcome.NotFound();
        }

        var papers = await Full(db).Where(p => p.Id == entry.EntityId || p.Id == record.MergedId).ToListAsync(cancellationToken);
        var survivor = papers.SingleOrDefault(p => p.Id == entry.EntityId);
        var merged = papers.SingleOrDefault(p => p.Id == record.MergedId);
        if (survivor is null || merged is null)
        {
            return new EditOutcome.NotFound();
        }

        if (merged.MergedIntoId != survivor.Id)
        {
            return EditOutcome.Because("", "This merge was already undone.");
        }

        if (survivor.MergedIntoId is not null)
        {
            return EditOutcome.Because("", "The surviving paper was itself merged since; undo that merge first.");
        }

        MoveBack(survivor, merged, record);
        if (record.AddedTitleId is { } addedTitle && survivor.Titles.FirstOrDefault(t => t.Id == addedTitle) is { } title)
        {
            survivor.Titles.Remove(title);
        }

        if (record.ArxivId is not null && survivor.ArxivId == record.ArxivId)
        {
            survivor.ArxivId = null;
            await db.SaveChangesAsync(cancellationToken);
            merged.ArxivId = record.ArxivId;
        }

        if (record.YearCopied)
        {
            survivor.Year = null;
        }

        foreach (var flag in survivor.Flags.Concat(merged.Flags).Where(f => record.ResolvedFlagIds.Contains(f.Id)))
        {
            flag.ResolvedAt = null;
            flag.ResolvedBy = null;
            flag.Resolution = null;
        }

        merged.MergedIntoId = null;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        var audit = curator.Audit(db, now);
        audit.Record(AuditActions.Unmerge, AuditEntities.Paper, merged.Id, MergedIntoField, survivor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        audit.Record(AuditActions.Unmerge, AuditEntities.Paper, survivor.Id, MovedRowsField, entry.NewValue, changeSet.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(merged.Slug);
    }

    private static IQueryable<Paper> Full(CatalogDbContext db) => db.Papers
        .Include(p => p.Titles).Include(p => p.Links).Include(p => p.Authors).Include(p => p.Tags)
        .Include(p => p.Summaries).Include(p => p.ListEntries).Include(p => p.Flags)
        .AsSplitQuery();

    private static void MoveRows(Paper survivor, Paper merged, MovedRows moved)
    {
        foreach (var summary in merged.Summaries.Where(s => survivor.Summaries.All(o => o.SourceId != s.SourceId)).ToList())
        {
            summary.PaperId = survivor.Id;
            moved.Summaries.Add(summary);
        }

        foreach (var listEntry in merged.ListEntries.Where(e => survivor.ListEntries.All(o => o.ListId != e.ListId)).ToList())
        {
            listEntry.PaperId = survivor.Id;
            moved.ListEntries.Add(listEntry);
        }

        foreach (var title in merged.Titles.Where(t => survivor.Titles.All(o => o.Title != t.Title)).ToList())
        {
            title.PaperId = survivor.Id;
            moved.Titles.Add(title);
        }

        foreach (var link in merged.Links.Where(l => survivor.Links.All(o => o.Url != l.Url)).ToList())
        {
            link.PaperId = survivor.Id;
            moved.Links.Add(link);
        }

        var nextPosition = survivor.Authors.Count == 0 ? 0 : survivor.Authors.Max(a => a.Position) + 1;
        foreach (var credit in merged.Authors.Where(a => survivor.Authors.All(o => o.AuthorId != a.AuthorId)).OrderBy(a => a.Position).ToList())
        {
            moved.Authors.Add(new MovedCredit(credit.AuthorId, credit.Position, credit.CreditLine, credit.SourceId));
            merged.Authors.Remove(credit);
            survivor.Authors.Add(new PaperAuthor { AuthorId = credit.AuthorId, Position = nextPosition++, CreditLine = credit.CreditLine, SourceId = credit.SourceId });
        }

        foreach (var tag in merged.Tags.Where(t => survivor.Tags.All(o => o.TagId != t.TagId)).ToList())
        {
            moved.TagIds.Add(tag.TagId);
            merged.Tags.Remove(tag);
            survivor.Tags.Add(new PaperTag { TagId = tag.TagId });
        }
    }

    private static void MoveBack(Paper survivor, Paper merged, MergeRecord record)
    {
        foreach (var summary in survivor.Summaries.Where(s => record.SummaryIds.Contains(s.Id)).ToList())
        {
            summary.PaperId = merged.Id;
        }

        foreach (var listEntry in survivor.ListEntries.Where(e => record.ListEntryIds.Contains(e.Id)).ToList())
        {
            listEntry.PaperId = merged.Id;
        }

        foreach (var title in survivor.Titles.Where(t => record.TitleIds.Contains(t.Id)).ToList())
        {
            title.PaperId = merged.Id;
        }

        foreach (var link in survivor.Links.Where(l => record.LinkIds.Contains(l.Id)).ToList())
        {
            link.PaperId = merged.Id;
        }

        foreach (var credit in record.Authors)
        {
            if (survivor.Authors.FirstOrDefault(a => a.AuthorId == credit.AuthorId) is { } onSurvivor)
            {
                survivor.Authors.Remove(onSurvivor);
            }

            merged.Authors.Add(new PaperAuthor { AuthorId = credit.AuthorId, Position = credit.Position, CreditLine = credit.CreditLine, SourceId = credit.SourceId });
        }

        foreach (var tagId in record.TagIds)
        {
            if (survivor.Tags.FirstOrDefault(t => t.TagId == tagId) is { } onSurvivor)
            {
                survivor.Tags.Remove(onSurvivor);
            }

            merged.Tags.Add(new PaperTag { TagId = tagId });
        }
    }

    private sealed class MovedRows
    {
        public List<Summary> Summaries { get; } = [];

        public List<ListEntry> ListEntries { get; } = [];

        public List<PaperTitle> Titles { get; } = [];

        public List<PaperLink> Links { get; } = [];

        public List<MovedCredit> Authors { get; } = [];

        public List<long> TagIds { get; } = [];

        public List<ReviewFlag> ResolvedFlagIds { get; } = [];

        public PaperTitle? AddedTitle { get; set; }

        public string? ArxivId { get; set; }

        public bool YearCopied { get; set; }

        public MergeRecord ToRecord(long mergedId) => new(
            mergedId,
            [.. Summaries.Select(s => s.Id)],
            [.. ListEntries.Select(e => e.Id)],
            [.. Titles.Select(t => t.Id)],
            [.. Links.Select(l => l.Id)],
            Authors,
            TagIds,
            [.. ResolvedFlagIds.Select(f => f.Id)],
            AddedTitle?.Id,
            ArxivId,
            YearCopied);
    }

    /// <summary>What a merge moved, by row id: stored in the merge's audit entry and read back to undo it.</summary>
    public sealed record MergeRecord(
        long MergedId,
        IReadOnlyList<long> SummaryIds,
        IReadOnlyList<long> ListEntryIds,
        IReadOnlyList<long> TitleIds,
        IReadOnlyList<long> LinkIds,
        IReadOnlyList<MovedCredit> Authors,
        IReadOnlyList<long> TagIds,
        IReadOnlyList<long> ResolvedFlagIds,
        long? AddedTitleId,
        string? ArxivId,
        bool YearCopied);

    public sealed record MovedCredit(long AuthorId, int Position, string? CreditLine, long? SourceId);
}
