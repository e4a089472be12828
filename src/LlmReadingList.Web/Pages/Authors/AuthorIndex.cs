using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Authors;

public sealed record AuthorIndex(IReadOnlyList<AuthorRow> Organisations, IReadOnlyList<AuthorRow> People);

public sealed class AuthorIndexQuery(CatalogDbContext db)
{
    public async Task<AuthorIndex> RunAsync(CancellationToken cancellationToken)
    {
        var authors = await db.Authors.AsNoTracking()
            .Where(a => a.MergedIntoId == null)
            .Select(a => new { a.Name, a.Slug, a.Kind, Papers = a.Papers.Count(pa => pa.Paper!.MergedIntoId == null) })
            .Where(a => a.Papers > 0)
            .OrderBy(a => a.Name)
            .Select(a => new AuthorRow(a.Name, a.Slug, a.Kind, a.Papers))
            .ToListAsync(cancellationToken);
        return new AuthorIndex(
            authors.Where(a => a.Kind == AuthorKind.Organization).ToList(),
            authors.Where(a => a.Kind == AuthorKind.Person).ToList());
    }
}
