using System.Globalization;
using System.Text.Json;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Merges a duplicate author into a survivor: its paper credits move to the survivor (a paper crediting both keeps
/// the survivor's credit), its names become the survivor's aliases so imports credit the survivor, and its address
/// redirects. The merge is recorded as one change set holding what moved, so it can be undone exactly.
/// </summary>
public sealed class AuthorMerger(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string MovedRowsField = "moved_rows";
    public const string MergedIntoField = "merged_into";

    public async Task<EditOutcome> MergeAsync(long survivorId, uint survivorVersion, long mergedId, uint mergedVersion, Curator curator, CancellationToken cancellationToken)
    {
        if (survivorId == mergedId)
        {
            return EditOutcome.Because("", "An author cannot be merged into itself.");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var authors = await Full(db).Where(a => a.Id == survivorId || a.Id == mergedId).ToListAsync(cancellationToken);
        var survivor = authors.SingleOrDefault(a => a.Id == survivorId);
        var merged = authors.SingleOrDefault(a => a.Id == mergedId);
        if (survivor is null || merged is null || survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
        {
            return new EditOutcome.NotFound();
        }

        if (survivor.Version != survivorVersion || merged.Version != mergedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var credits = new List<MovedAuthorCredit>();
        foreach (var credit in merged.Papers.OrderBy(c => c.PaperId).ToList())
        {
            var alreadyCredited = survivor.Papers.Any(c => c.PaperId == credit.PaperId);
            credits.Add(new MovedAuthorCredit(credit.PaperId, credit.Position, credit.CreditLine, credit.SourceId, alreadyCredited));
            db.PaperAuthors.Remove(credit);
            if (!alreadyCredited)
            {
                db.PaperAuthors.Add(new PaperAuthor
                {
                    PaperId = credit.PaperId, AuthorId = survivor.Id, Position = credit.Position, CreditLine = credit.CreditLine, SourceId = credit.SourceId,
                });
            }
        }

        var aliasIds = merged.Aliases.Select(a => a.Id).Order().ToList();
        foreach (var alias in merged.Aliases.ToList())
        {
            alias.AuthorId = survivor.Id;
        }

        var addedRedirect = !await db.SlugRedirects.AnyAsync(r => r.EntityType == "author" && r.OldSlug == merged.Slug, cancellationToken);
        if (addedRedirect)
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "author", OldSlug = merged.Slug, TargetId = survivor.Id, CreatedAt = now });
        }

        merged.MergedIntoId = survivor.Id;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        var audit = curator.Audit(db, now);
        audit.Record(AuditActions.Merge, AuditEntities.Author, merged.Id, MergedIntoField, null, survivor.Id.ToString(CultureInfo.InvariantCulture));
        audit.Record(AuditActions.Merge, AuditEntities.Author, survivor.Id, MovedRowsField, merged.Name,
            JsonSerializer.Serialize(new AuthorMergeRecord(merged.Id, aliasIds, credits, addedRedirect)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(survivor.Slug, survivor.Id);
    }

    /// <summary>Undoes the merge recorded in <paramref name="changeSet"/>: credits and names go back, the merged author returns.</summary>
    public async Task<EditOutcome> UndoAsync(Guid changeSet, Curator curator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(
            a => a.ChangeSet == changeSet && a.EntityType == AuditEntities.Author && a.Action == AuditActions.Merge && a.Field == MovedRowsField, cancellationToken);
        if (entry?.NewValue is null || JsonSerializer.Deserialize<AuthorMergeRecord>(entry.NewValue) is not { } record)
        {
            return new EditOutcome.NotFound();
        }

        var authors = await Full(db).Where(a => a.Id == entry.EntityId || a.Id == record.MergedId).ToListAsync(cancellationToken);
        var survivor = authors.SingleOrDefault(a => a.Id == entry.EntityId);
        var merged = authors.SingleOrDefault(a => a.Id == record.MergedId);
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
            return EditOutcome.Because("", "The surviving author was itself merged since; undo that merge first.");
        }

        foreach (var credit in record.Credits)
        {
            if (!credit.SurvivorAlreadyCredited && survivor.Papers.FirstOrDefault(c => c.PaperId == credit.PaperId) is { } moved)
            {
                db.PaperAuthors.Remove(moved);
            }

            if (merged.Papers.All(c => c.PaperId != credit.PaperId))
            {
                db.PaperAuthors.Add(new PaperAuthor
                {
                    PaperId = credit.PaperId, AuthorId = merged.Id, Position = credit.Position, CreditLine = credit.CreditLine, SourceId = credit.SourceId,
                });
            }
        }

        foreach (var alias in survivor.Aliases.Where(a => record.AliasIds.Contains(a.Id)).ToList())
        {
            alias.AuthorId = merged.Id;
        }

        if (record.AddedRedirect)
        {
            await db.SlugRedirects.Where(r => r.EntityType == "author" && r.OldSlug == merged.Slug && r.TargetId == survivor.Id).ExecuteDeleteAsync(cancellationToken);
        }

        merged.MergedIntoId = null;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        var audit = curator.Audit(db, now);
        audit.Record(AuditActions.Unmerge, AuditEntities.Author, merged.Id, MergedIntoField, survivor.Id.ToString(CultureInfo.InvariantCulture), null);
        audit.Record(AuditActions.Unmerge, AuditEntities.Author, survivor.Id, MovedRowsField, entry.NewValue, changeSet.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(merged.Slug, merged.Id);
    }

    private static IQueryable<Author> Full(CatalogDbContext db) => db.Authors.Include(a => a.Aliases).Include(a => a.Papers).AsSplitQuery();

    /// <summary>What a merge moved: stored in the merge's audit entry and read back to undo it.</summary>
    public sealed record AuthorMergeRecord(long MergedId, IReadOnlyList<long> AliasIds, IReadOnlyList<MovedAuthorCredit> Credits, bool AddedRedirect);

    /// <summary>A credit of the merged author; when the survivor was credited on the paper too, only the merged one's was dropped.</summary>
    public sealed record MovedAuthorCredit(long PaperId, int Position, string? CreditLine, long? SourceId, bool SurvivorAlreadyCredited);
}
