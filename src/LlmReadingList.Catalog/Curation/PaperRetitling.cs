using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Gives a paper a new title: its title key and slug follow, and the old slug keeps working as a redirect.
/// Used by curators and by imports that replace a provisional title.
/// </summary>
public static class PaperRetitling
{
    public static async Task RetitleAsync(
        CatalogDbContext db, Paper paper, string title, AuditTrail audit, DateTimeOffset now, CancellationToken cancellationToken, string action = AuditActions.Update)
    {
        if (paper.Title == title)
        {
            return;
        }

        audit.Change(AuditEntities.Paper, paper.Id, PaperFields.Title, paper.Title, title, action);
        paper.Title = title;
        paper.TitleKey = TitleKey.For(title);
        var oldSlug = paper.Slug;
        var wanted = Slug.ForPaper(title, paper.ArxivId, "paper");
        if (wanted.Length == 0 || wanted == oldSlug)
        {
            return;
        }

        paper.Slug = await Slug.MakeUniqueAsync(wanted, async candidate =>
            candidate != oldSlug && (await db.Papers.AnyAsync(p => p.Slug == candidate && p.Id != paper.Id, cancellationToken)
                || await db.SlugRedirects.AnyAsync(r => r.EntityType == "paper" && r.OldSlug == candidate && r.TargetId != paper.Id, cancellationToken)));
        if (paper.Slug == oldSlug)
        {
            return;
        }

        // A redirect row for the new slug (left by an earlier rename back and forth) would shadow the paper itself.
        await db.SlugRedirects.Where(r => r.EntityType == "paper" && r.OldSlug == paper.Slug).ExecuteDeleteAsync(cancellationToken);
        if (!await db.SlugRedirects.AnyAsync(r => r.EntityType == "paper" && r.OldSlug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "paper", OldSlug = oldSlug, TargetId = paper.Id, CreatedAt = now });
        }
    }
}
