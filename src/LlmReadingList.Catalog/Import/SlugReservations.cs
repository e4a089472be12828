using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Hands out unique slugs, counting both saved rows and slugs given out earlier in the same unit of work. The slugs an
/// article will probably want can be checked in one query up front (<see cref="PreloadAsync"/>).
/// </summary>
internal sealed class SlugReservations(CatalogDbContext db)
{
    public const string Paper = "paper";
    public const string Author = "author";
    public const string List = "list";

    private readonly HashSet<(string, string)> _reserved = [];
    private readonly HashSet<(string, string)> _checked = [];
    private readonly HashSet<(string, string)> _taken = [];

    public async Task PreloadAsync(string kind, IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        var slugs = candidates.Where(s => s.Length > 0).Distinct().ToList();
        if (slugs.Count == 0)
        {
            return;
        }

        var taken = kind switch
        {
            Paper => db.Papers.Where(p => slugs.Contains(p.Slug)).Select(p => p.Slug),
            Author => db.Authors.Where(a => slugs.Contains(a.Slug)).Select(a => a.Slug),
            List => db.ReadingLists.Where(l => slugs.Contains(l.Slug)).Select(l => l.Slug),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown slug kind"),
        };
        var redirected = db.SlugRedirects.Where(r => r.EntityType == kind && slugs.Contains(r.OldSlug)).Select(r => r.OldSlug);
        foreach (var slug in await taken.Union(redirected).ToListAsync(cancellationToken))
        {
            _taken.Add((kind, slug));
        }

        foreach (var slug in slugs)
        {
            _checked.Add((kind, slug));
        }
    }

    public async Task<string> ReserveAsync(string kind, string wanted, CancellationToken cancellationToken)
    {
        var slug = await Slug.MakeUniqueAsync(wanted, async candidate =>
            _reserved.Contains((kind, candidate)) || await IsSavedAsync(kind, candidate, cancellationToken));
        _reserved.Add((kind, slug));
        return slug;
    }

    private async Task<bool> IsSavedAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        if (_checked.Contains((kind, slug)))
        {
            return _taken.Contains((kind, slug));
        }

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
