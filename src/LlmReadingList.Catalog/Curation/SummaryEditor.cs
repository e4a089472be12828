using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Import;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>Saves a curator's rewrite of one article's summary: version-checked, audited, and kept by later imports.</summary>
public sealed class SummaryEditor(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string LanguageField = "language";

    public async Task<EditOutcome> SaveAsync(long summaryId, uint expectedVersion, string body, string language, Curator curator, CancellationToken cancellationToken) =>
        await SaveAsync(summaryId, expectedVersion, body, language, curator, AuditActions.Update, cancellationToken);

    internal async Task<EditOutcome> SaveAsync(long summaryId, uint expectedVersion, string body, string language, Curator curator, string action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return EditOutcome.Because("Body", "Enter the summary text.");
        }

        if (body.Length > Limits.SummaryLength)
        {
            return EditOutcome.Because("Body", $"A summary can have at most {Limits.SummaryLength:N0} characters.");
        }

        if (language is not ("en" or "zh"))
        {
            return EditOutcome.Because("Language", "Choose English or Chinese.");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var summary = await db.Summaries.Include(s => s.Paper).SingleOrDefaultAsync(s => s.Id == summaryId, cancellationToken);
        if (summary is null)
        {
            return new EditOutcome.NotFound();
        }

        if (summary.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var audit = curator.Audit(db, now);
        var changed = false;
        if (audit.Change(AuditEntities.Summary, summary.Id, SummaryFields.Body, summary.BodyMarkdown, body, action))
        {
            summary.BodyMarkdown = body;
            summary.CuratedFields = [.. summary.CuratedFields.Union([SummaryFields.Body])];
            changed = true;
        }

        if (audit.Change(AuditEntities.Summary, summary.Id, LanguageField, summary.Language, language, action))
        {
            summary.Language = language;
            summary.CuratedFields = [.. summary.CuratedFields.Union([LanguageField])];
            changed = true;
        }

        if (changed)
        {
            summary.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new EditOutcome.Conflict();
            }
        }

        return new EditOutcome.Saved(summary.Paper!.Slug);
    }
}
