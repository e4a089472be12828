using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Review;

/// <summary>What the review queue's buttons do: each settles a flag in one action.</summary>
public sealed class ReviewActions(CatalogDbContext db, ReviewQueue queue, PaperEditor editor, PaperMerger merger)
{
    public async Task<IActionResult> ShowAsync(IndexModel page, CancellationToken cancellationToken)
    {
        page.Items = await ReviewItems.OpenAsync(db, page.Kind, cancellationToken);
        return page.Page();
    }

    public async Task<IActionResult> ResolveAsync(IndexModel page, ResolveInput input, CancellationToken cancellationToken) =>
        await AfterAsync(page, await queue.ResolveAsync(input.FlagId, input.FlagVersion, input.Note, page.User.AsCurator(), cancellationToken), "Flag resolved.", cancellationToken);

    public async Task<IActionResult> FixAsync(IndexModel page, FixInput input, CancellationToken cancellationToken)
    {
        var paper = await PaperEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PaperId, cancellationToken);
        if (paper is null)
        {
            return new NotFoundResult();
        }

        var current = PaperEditor.Current(paper);
        var edit = current with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? current.Title : input.Title,
            Year = input.Year ?? current.Year,
            ArxivId = input.ArxivId is null ? current.ArxivId : input.ArxivId.Trim().Length == 0 ? null : input.ArxivId,
        };
        var outcome = await editor.SaveAsync(input.PaperId, input.PaperVersion, edit, page.User.AsCurator(), cancellationToken);
        return await AfterAsync(page, outcome, $"\"{edit.Title}\" saved; the flags it settles are resolved.", cancellationToken);
    }

    public async Task<IActionResult> MergeAsync(IndexModel page, MergeInput input, CancellationToken cancellationToken) =>
        await AfterAsync(
            page,
            await merger.MergeAsync(input.SurvivorId, input.SurvivorVersion, input.MergedId, input.MergedVersion, page.User.AsCurator(), cancellationToken),
            "Papers merged. The merge can be undone from the paper's history.",
            cancellationToken);

    private async Task<IActionResult> AfterAsync(IndexModel page, EditOutcome outcome, string done, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case EditOutcome.Saved:
                page.TempData["Saved"] = done;
                return new RedirectResult(page.Kind is { } kind ? $"/curate/review?kind={kind}" : "/curate/review");
            case EditOutcome.NotFound:
                return new NotFoundResult();
            case EditOutcome.Conflict:
                page.Problem = "Someone changed this record after the queue was loaded; nothing was saved. The queue below is current: check it and try again.";
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case EditOutcome.Invalid invalid:
                page.Problem = string.Join(" ", invalid.Errors.Values);
                page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        return await ShowAsync(page, cancellationToken);
    }
}

public sealed record ResolveInput(long FlagId, uint FlagVersion, string? Note);

public sealed record FixInput(long PaperId, uint PaperVersion, string? Title, int? Year, string? ArxivId);

public sealed record MergeInput(long SurvivorId, uint SurvivorVersion, long MergedId, uint MergedVersion);
