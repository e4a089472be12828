using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Authors;

public sealed record AuthorRow(long Id, string Name, string Slug, AuthorKind Kind, int Papers, IReadOnlyList<string> OtherNames);

/// <summary>Authors and organisations, searchable by any of their names.</summary>
public sealed class IndexModel(CatalogDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuthorRow> Authors { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var authors = db.Authors.AsNoTracking().Where(a => a.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + Query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            authors = authors.Where(a => EF.Functions.ILike(a.Name, pattern, "\\") || a.Aliases.Any(alias => EF.Functions.ILike(alias.Name, pattern, "\\")));
        }

        var rows = await authors.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new AuthorRow(a.Id, a.Name, a.Slug, a.Kind, a.Papers.Count(pa => pa.Paper!.MergedIntoId == null),
                a.Aliases.Where(alias => alias.Name != a.Name).OrderBy(alias => alias.Name).Select(alias => alias.Name).ToList()))
            .ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Authors = rows.Take(PageSize).ToList();
    }
}
