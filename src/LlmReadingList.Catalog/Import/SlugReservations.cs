using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>Hands out unique slugs, counting both saved rows and slugs given out earlier in the same unit of work.</summary>
internal sealed class SlugReservations(CatalogDbContext db)
{
    public const string Paper = "paper";
    public const string Author = "author";
    public const string List = "list";

    private readonly HashSet<(string, string)> _reserved = [];

    public async Task<string> ReserveAsync(string kind, string wanted, CancellationToken cancellationToken)
    {
        var slug = await Slug.MakeUniqueAsync(wanted, async candidate =>
            _reserved.Contains((kind, candidate)) || await IsSavedAsync(kind, candidate, cancellationToken));
        _reserved.Add((kind, slug));
        return slug;
    }

    private async Task<bool> IsSavedAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        // An old slug that redirects is taken too: reusing it would send its old links to the wrong record.
        var inUse = kind switch
        {
            Paper => await db.Papers.AnyAsync(p => p.Slug == slug, cancellationToken),
            Author => await db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken),
            List => await db.ReadingLists.AnyAsync(l => l.Slug == slug, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown slug kind"),
        };
        return inUse || await db.SlugRedirects.AnyAsync(r => r.EntityType == kind && r.OldSlug == slug, cancellationToken);
    }
}
