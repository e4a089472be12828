using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Manifest;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Applies the curators' tag lists from sources.json: adds the tags and tags the papers (by arXiv id). Additive;
/// a paper whose tags a curator edited by hand is left as the curator left it.
/// </summary>
internal static class TagApplier
{
    public static async Task<int> ApplyAsync(CatalogDbContext db, IReadOnlyList<TagMetadata> tags, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (tags.Count == 0)
        {
            return 0;
        }

        var audit = new AuditTrail(db, ArticlePlanner.CuratorMetadataActor, null, now);
        var slugs = tags.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Include(t => t.Papers).Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        await AddRenamedAsync(db, existing, slugs, cancellationToken);
        var arxivIds = tags.SelectMany(t => t.Papers).Select(id => ArxivId.TryParse(id, out var parsed) ? parsed : id).Distinct().ToList();
        var papers = await db.Papers.Where(p => p.ArxivId != null && arxivIds.Contains(p.ArxivId) && p.MergedIntoId == null)
            .ToDictionaryAsync(p => p.ArxivId!, cancellationToken);

        var tagged = 0;
        foreach (var metadata in tags)
        {
            if (!existing.TryGetValue(metadata.Slug, out var tag))
            {
                tag = new Tag { Slug = Slug.From(metadata.Slug), Name = metadata.Name };
                db.Tags.Add(tag);
                existing[metadata.Slug] = tag;
            }

            foreach (var id in metadata.Papers)
            {
                if (!papers.TryGetValue(ArxivId.TryParse(id, out var parsed) ? parsed : id, out var paper)
                    || paper.CuratedFields.Contains(PaperFields.Tags)
                    || tag.Papers.Any(p => p.PaperId == paper.Id))
                {
                    continue;
                }

                tag.Papers.Add(new PaperTag { PaperId = paper.Id });
                audit.Record(AuditActions.Add, AuditEntities.Paper, paper.Id, PaperFields.Tags, null, metadata.Slug);
                tagged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return tagged;
    }

    /// <summary>A tag a curator renamed got a new slug; its old one, which sources.json still names, redirects to it.</summary>
    private static async Task AddRenamedAsync(CatalogDbContext db, Dictionary<string, Tag> existing, List<string> slugs, CancellationToken cancellationToken)
    {
        var missing = slugs.Where(s => !existing.ContainsKey(s)).ToList();
        var redirects = await db.SlugRedirects.Where(r => r.EntityType == "tag" && missing.Contains(r.OldSlug)).ToListAsync(cancellationToken);
        var targetIds = redirects.Select(r => r.TargetId).ToList();
        var targets = await db.Tags.Include(t => t.Papers).Where(t => targetIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var redirect in redirects)
        {
            if (targets.TryGetValue(redirect.TargetId, out var tag))
            {
                existing[redirect.OldSlug] = tag;
            }
        }
    }
}
