using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Selections;

/// <summary>
/// Finds the papers an export or feed is about from its URL: one paper by slug, a list's papers in list order. Old
/// slugs (slug_redirect) and merged papers lead to where the record lives now.
/// </summary>
public sealed class PaperSelections(CatalogDbContext db)
{
    public async Task<SlugLookup> FindPaperAsync(string slug, CancellationToken cancellationToken)
    {
        var paper = await db.Papers.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Title, p.MergedIntoId }).SingleOrDefaultAsync(cancellationToken);
        if (paper is not null)
        {
            return paper.MergedIntoId is { } target ? await MovedToPaperAsync(target, cancellationToken) : SlugLookup.Found(paper.Id, paper.Title);
        }

        var redirect = await RedirectAsync("paper", slug, cancellationToken);
        return redirect is { } id ? await MovedToPaperAsync(id, cancellationToken) : SlugLookup.Missing;
    }

    public async Task<SlugLookup> FindListAsync(string slug, CancellationToken cancellationToken)
    {
        var list = await db.ReadingLists.AsNoTracking().Where(l => l.Slug == slug)
            .Select(l => new { l.Id, l.Title }).SingleOrDefaultAsync(cancellationToken);
        if (list is not null)
        {
            return SlugLookup.Found(list.Id, list.Title);
        }

        var redirect = await RedirectAsync("list", slug, cancellationToken);
        var moved = redirect is { } id
            ? await db.ReadingLists.AsNoTracking().Where(l => l.Id == id).Select(l => l.Slug).SingleOrDefaultAsync(cancellationToken)
            : null;
        return moved is null ? SlugLookup.Missing : SlugLookup.Moved(moved);
    }

    /// <summary>A list's papers in list order; an entry for a merged paper counts as the paper it was merged into.</summary>
    public async Task<IReadOnlyList<long>> ListPaperIdsAsync(long listId, CancellationToken cancellationToken)
    {
        var ids = await db.ListEntries.AsNoTracking()
            .Where(e => e.ListId == listId)
            .OrderBy(e => e.Position).ThenBy(e => e.Id)
            .Select(e => e.Paper!.MergedIntoId ?? e.PaperId)
            .ToListAsync(cancellationToken);
        return ids.Distinct().ToList();
    }

    private Task<long?> RedirectAsync(string entityType, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntityType == entityType && r.OldSlug == slug)
            .Select(r => (long?)r.TargetId)
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<SlugLookup> MovedToPaperAsync(long id, CancellationToken cancellationToken) =>
        await MergeSurvivors.PaperAsync(db, id, cancellationToken) is { } survivor ? SlugLookup.Moved(survivor.Slug) : SlugLookup.Missing;
}
