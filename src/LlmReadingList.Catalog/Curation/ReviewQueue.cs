using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>Settles review flags: by hand with a note, or as a side effect of the edit that fixes what they asked for.</summary>
public sealed class ReviewQueue(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public async Task<EditOutcome> ResolveAsync(long flagId, uint expectedVersion, string? note, Curator curator, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flag = await db.ReviewFlags.SingleOrDefaultAsync(f => f.Id == flagId, cancellationToken);
        if (flag is null)
        {
            return new EditOutcome.NotFound();
        }

        if (flag.Version != expectedVersion || flag.ResolvedAt is not null)
        {
            return new EditOutcome.Conflict();
        }

        var now = clock.GetUtcNow();
        Resolve(flag, string.IsNullOrWhiteSpace(note) ? "checked by a curator; nothing to change" : note.Trim(), curator.Audit(db, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved();
    }

    internal static void Resolve(ReviewFlag flag, string resolution, AuditTrail audit, DateTimeOffset now)
    {
        flag.ResolvedAt = now;
        flag.ResolvedBy = audit.Actor;
        flag.Resolution = resolution.Length > Limits.NoteLength ? resolution[..Limits.NoteLength] : resolution;
        audit.Record(AuditActions.Resolve, AuditEntities.ReviewFlag, flag.Id, SnakeCaseEnum<ReviewFlagKind>.ToText(flag.Kind), null, flag.Resolution);
    }
}
