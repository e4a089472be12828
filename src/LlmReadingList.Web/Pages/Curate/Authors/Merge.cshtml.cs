using System.Linq.Expressions;
using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Text;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Authors;

public sealed record MergeAuthor(long Id, uint Version, string Name, string Slug, AuthorKind Kind, int Papers, IReadOnlyList<string> Names);

/// <summary>Pick a duplicate of this author (by slug or any of its names), choose which one stays, and merge.</summary>
public sealed class MergeModel(CatalogDbContext db, AuthorMerger merger) : PageModel
{
    public const string KeepThis = "this";
    public const string KeepOther = "other";

    [BindProperty(SupportsGet = true)]
    public string? Duplicate { get; set; }

    [BindProperty]
    public uint ThisVersion { get; set; }

    [BindProperty]
    public long OtherId { get; set; }

    [BindProperty]
    public uint OtherVersion { get; set; }

    [BindProperty]
    public string Keep { get; set; } = KeepThis;

    public MergeAuthor? This { get; private set; }

    public MergeAuthor? Other { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        This = await FindAsync(a => a.Id == id, cancellationToken);
        if (This is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Duplicate))
        {
            var text = Duplicate.Trim();
            var key = TitleKey.For(text);
            Other = await FindAsync(a => a.Id != id && (a.Slug == text || a.Aliases.Any(alias => alias.NameKey == key)), cancellationToken);
            Problem = Other is null ? $"No other author has the address or name “{text}”." : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var (survivor, survivorVersion, merged, mergedVersion) = Keep == KeepOther ? (OtherId, OtherVersion, id, ThisVersion) : (id, ThisVersion, OtherId, OtherVersion);
        return await merger.MergeAsync(survivor, survivorVersion, merged, mergedVersion, User.AsCurator(), cancellationToken) switch
        {
            EditOutcome.Saved saved => Merged(saved),
            EditOutcome.Conflict => await ShowAgainAsync(id, "One of the authors changed since you looked; check them again.", cancellationToken),
            EditOutcome.Invalid invalid => await ShowAgainAsync(id, string.Join(" ", invalid.Errors.Values), cancellationToken),
            _ => NotFound(),
        };
    }

    private RedirectResult Merged(EditOutcome.Saved saved)
    {
        TempData["Saved"] = "Authors merged. The merge can be undone from this author's changes below.";
        return Redirect(EditAuthor.EditUrl(saved.Id!.Value));
    }

    private async Task<IActionResult> ShowAgainAsync(long id, string problem, CancellationToken cancellationToken)
    {
        This = await FindAsync(a => a.Id == id, cancellationToken);
        Other = await FindAsync(a => a.Id == OtherId, cancellationToken);
        Problem = problem;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<MergeAuthor?> FindAsync(Expression<Func<Author, bool>> match, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().Where(a => a.MergedIntoId == null).Where(match)
            .Select(a => new MergeAuthor(a.Id, a.Version, a.Name, a.Slug, a.Kind, a.Papers.Count,
                a.Aliases.Where(alias => alias.Name != a.Name).OrderBy(alias => alias.Name).Select(alias => alias.Name).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
}
