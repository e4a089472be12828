using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>A paper as a curator names it.</summary>
public sealed record FoundPaper(long Id, string Slug, string Title);

/// <summary>
/// Finds the paper a curator means by a slug, an arXiv id or an exact title (case and punctuation aside). A merged
/// paper leads to the paper it was merged into, and an old slug to the paper that carries it now.
/// </summary>
public static class PaperLookup
{
    public static async Task<(FoundPaper? Paper, string? Problem)> FindAsync(CatalogDbContext db, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (await BySlugAsync(db, text, cancellationToken) is { } bySlug)
        {
            return (bySlug, null);
        }

        var arxiv = ArxivId.TryParse(text, out var parsed) ? parsed : null;
        var key = TitleKey.For(text);
        var ids = await db.Papers.AsNoTracking()
            .Where(p => (arxiv != null && p.ArxivId == arxiv) || (key != "" && p.TitleKey == key))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var found = new List<FoundPaper>();
        foreach (var id in ids)
        {
            if (await SurvivorAsync(db, id, cancellationToken) is { } paper && !found.Contains(paper))
            {
                found.Add(paper);
            }
        }

        return found.Count switch
        {
            0 => (null, $"No paper has the slug, arXiv id or title “{text}”."),
            1 => (found[0], null),
            _ => (null, $"Several papers are called “{text}”; use the slug or arXiv id of the one you mean."),
        };
    }

    /// <summary>The paper with this slug now or before a rename, or the one it was merged into.</summary>
    public static async Task<FoundPaper?> BySlugAsync(CatalogDbContext db, string slug, CancellationToken cancellationToken)
    {
        var id = await db.Papers.AsNoTracking().Where(p => p.Slug == slug).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? await db.SlugRedirects.AsNoTracking().Where(r => r.EntityType == "paper" && r.OldSlug == slug).Select(r => (long?)r.TargetId).SingleOrDefaultAsync(cancellationToken);
        return id is { } found ? await SurvivorAsync(db, found, cancellationToken) : null;
    }

    private static async Task<FoundPaper?> SurvivorAsync(CatalogDbContext db, long id, CancellationToken cancellationToken) =>
        await MergeSurvivors.PaperAsync(db, id, cancellationToken) is { } survivor ? new FoundPaper(survivor.Id, survivor.Slug, survivor.Name) : null;
}
