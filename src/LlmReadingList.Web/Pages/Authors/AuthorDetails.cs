using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Authors;

public sealed record AuthorDetails(string Name, string Slug, AuthorKind Kind, IReadOnlyList<string> OtherNames)
{
    public IReadOnlyList<PaperCard> Papers { get; init; } = [];

    public IReadOnlyList<AuthorRow> CreditedWith { get; init; } = [];
}

/// <summary>A person or organisation with how many papers it is credited on (here or together with another).</summary>
public sealed record AuthorRow(string Name, string Slug, AuthorKind Kind, int Papers);

public sealed class AuthorDetailsQuery(CatalogDbContext db)
{
    public const int CreditedWithCount = 12;

    public async Task<Lookup<AuthorDetails>> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.MergedIntoId, Details = new AuthorDetails(a.Name, a.Slug, a.Kind, a.Aliases.Where(x => x.Name != a.Name).OrderBy(x => x.Name).Select(x => x.Name).ToList()) })
            .FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            var target = await db.TargetAsync(SlugRedirects.Author, slug, cancellationToken);
            return target is { } id ? await MovedToAsync(id, cancellationToken) : Lookup<AuthorDetails>.Missing;
        }

        if (author.MergedIntoId is { } survivor)
        {
            return await MovedToAsync(survivor, cancellationToken);
        }

        var papers = await db.Papers.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.Authors.Any(a => a.AuthorId == author.Id))
            .OrderByDescending(p => p.Year.HasValue).ThenByDescending(p => p.Year).ThenBy(p => p.Title)
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var creditedWith = await db.PaperAuthors.AsNoTracking()
            .Where(pa => pa.AuthorId != author.Id && pa.Paper!.MergedIntoId == null && pa.Paper.Authors.Any(a => a.AuthorId == author.Id))
            .GroupBy(pa => new { pa.Author!.Name, pa.Author.Slug, pa.Author.Kind })
            .Select(g => new { g.Key.Name, g.Key.Slug, g.Key.Kind, Papers = g.Count() })
            .OrderByDescending(r => r.Papers).ThenBy(r => r.Name)
            .Take(CreditedWithCount)
            .Select(r => new AuthorRow(r.Name, r.Slug, r.Kind, r.Papers))
            .ToListAsync(cancellationToken);
        return Lookup<AuthorDetails>.Show(author.Details with { Papers = papers, CreditedWith = creditedWith });
    }

    private async Task<Lookup<AuthorDetails>> MovedToAsync(long id, CancellationToken cancellationToken) =>
        await MergeSurvivors.AuthorAsync(db, id, cancellationToken) is { } survivor
            ? Lookup<AuthorDetails>.Moved(Paths.Author(survivor.Slug))
            : Lookup<AuthorDetails>.Missing;
}
