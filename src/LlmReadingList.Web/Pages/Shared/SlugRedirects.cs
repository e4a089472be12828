using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>Old slugs that still lead somewhere after a rename or merge (the <c>slug_redirect</c> table).</summary>
public static class SlugRedirects
{
    public const string Paper = "paper";
    public const string Author = "author";
    public const string List = "list";
    public const string Tag = "tag";

    public static Task<long?> TargetAsync(this CatalogDbContext db, string entityType, string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntityType == entityType && r.OldSlug == oldSlug)
            .Select(r => (long?)r.TargetId)
            .FirstOrDefaultAsync(cancellationToken);
}
