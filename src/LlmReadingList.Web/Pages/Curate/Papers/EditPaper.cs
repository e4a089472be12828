using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Papers;

/// <summary>What the edit page shows around the form.</summary>
public sealed record PaperEditView(long Id, string Slug, string Title, IReadOnlyList<OpenFlag> OpenFlags);

public sealed record OpenFlag(long Id, string Kind, string Reason);

/// <summary>Shown when someone saved the paper after this curator opened it: their values beside the current ones.</summary>
public sealed record PaperConflict(PaperEdit Yours, PaperEdit Current, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed class EditPaper(CatalogDbContext db, PaperEditor editor)
{
    public async Task<IActionResult> ShowAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var paper = await PaperEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null, cancellationToken);
        if (paper is null)
        {
            return page.NotFound();
        }

        page.Form = PaperForm.From(PaperEditor.Current(paper), paper.Version);
        page.View = await ViewAsync(id, cancellationToken);
        return page.Page();
    }

    public async Task<IActionResult> SaveAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var outcome = page.ModelState.IsValid
            ? await editor.SaveAsync(id, page.Form.Version, page.Form.ToEdit(), page.User.AsCurator(), cancellationToken)
            : null;
        switch (outcome)
        {
            case EditOutcome.Saved saved:
                page.TempData["Saved"] = "The paper was saved.";
                return new RedirectResult($"/papers/{saved.Slug}");
            case EditOutcome.NotFound:
                return page.NotFound();
            case EditOutcome.Conflict:
                return await ShowConflictAsync(page, id, cancellationToken);
            case EditOutcome.Invalid invalid:
                AddErrors(page.ModelState, invalid);
                break;
        }

        page.Form.WithBlankRows();
        page.View = await ViewAsync(id, cancellationToken);
        return page.View is null ? page.NotFound() : page.Page();
    }

    private async Task<IActionResult> ShowConflictAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var current = await PaperEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (current is null)
        {
            return page.NotFound();
        }

        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "paper" && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        page.Conflict = new PaperConflict(page.Form.ToEdit(), PaperEditor.Current(current), last?.Actor, last?.At);
        // The form keeps the curator's values but now carries the current version: saving again re-applies them knowingly.
        page.ModelState.Remove("Form.Version");
        page.Form.Version = current.Version;
        page.Form.WithBlankRows();
        page.View = await ViewAsync(id, cancellationToken);
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return page.Page();
    }

    private async Task<PaperEditView?> ViewAsync(long id, CancellationToken cancellationToken) =>
        await db.Papers.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PaperEditView(
                p.Id,
                p.Slug,
                p.Title,
                p.Flags.Where(f => f.ResolvedAt == null).OrderBy(f => f.Id).Select(f => new OpenFlag(f.Id, f.Kind.ToString(), f.Reason)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

    private static void AddErrors(ModelStateDictionary modelState, EditOutcome.Invalid invalid)
    {
        foreach (var (field, message) in invalid.Errors)
        {
            var bracket = field.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                modelState.AddModelError(field.Length == 0 ? string.Empty : $"Form.{field}", message);
                continue;
            }

            var row = int.Parse(field.AsSpan(bracket + 1, field.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture);
            modelState.AddModelError($"Form.{field[..bracket]}", $"Row {row + 1}: {message}");
        }
    }
}
