using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Text;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Papers;

public sealed record MergeCandidate(long Id, uint Version, string Title, string Slug, int? Year, string? ArxivId, int Summaries);

/// <summary>Pick a duplicate of this paper (by slug, arXiv id or exact title) and merge it into this one, the survivor.</summary>
public sealed class MergeModel(CatalogDbContext db, PaperMerger merger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Duplicate { get; set; }

    [BindProperty]
    public uint SurvivorVersion { get; set; }

    [BindProperty]
    public uint DuplicateVersion { get; set; }

    [BindProperty]
    public long DuplicateId { get; set; }

    public MergeCandidate? Survivor { get; private set; }

    public MergeCandidate? Candidate { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Survivor = await FindAsync(p => p.Id == id, cancellationToken);
        if (Survivor is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Duplicate))
        {
            var text = Duplicate.Trim();
            var arxiv = ArxivId.TryParse(text, out var parsed) ? parsed : null;
            var key = TitleKey.For(text);
            Candidate = await FindAsync(p => p.Id != id && (p.Slug == text || p.ArxivId == arxiv || p.TitleKey == key), cancellationToken);
            Problem = Candidate is null ? $"No other paper has the slug, arXiv id or title “{text}”." : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        await merger.MergeAsync(id, SurvivorVersion, DuplicateId, DuplicateVersion, User.AsCurator(), cancellationToken) switch
        {
            EditOutcome.Saved saved => Redirect($"/papers/{saved.Slug}"),
            EditOutcome.Conflict => await ShowAgainAsync(id, "One of the papers changed since you looked; check them again.", cancellationToken),
            EditOutcome.Invalid invalid => await ShowAgainAsync(id, string.Join(" ", invalid.Errors.Values), cancellationToken),
            _ => NotFound(),
        };

    private async Task<IActionResult> ShowAgainAsync(long id, string problem, CancellationToken cancellationToken)
    {
        Survivor = await FindAsync(p => p.Id == id, cancellationToken);
        Candidate = await FindAsync(p => p.Id == DuplicateId, cancellationToken);
        Problem = problem;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<MergeCandidate?> FindAsync(System.Linq.Expressions.Expression<Func<Catalog.Data.Model.Paper, bool>> match, CancellationToken cancellationToken) =>
        db.Papers.AsNoTracking().Where(p => p.MergedIntoId == null).Where(match)
            .Select(p => new MergeCandidate(p.Id, p.Version, p.Title, p.Slug, p.Year, p.ArxivId, p.Summaries.Count))
            .FirstOrDefaultAsync(cancellationToken);
}
