using System.Globalization;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Lists;

/// <summary>What the edit page shows around the form.</summary>
public sealed record ListEditView(long Id, string Slug, string Title, string? SourceTitle);

/// <summary>A paper of the list as the page names it.</summary>
public sealed record ListPaper(long Id, string Title, string Slug, bool Merged);

/// <summary>Shown when someone saved the list after this curator opened it: their version beside the current one.</summary>
public sealed record ListConflict(ListEdit Yours, ListEdit Current, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed class EditList(CatalogDbContext db, ListEditor editor)
{
    public async Task<IActionResult> ShowAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var list = await ListEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null)
        {
            return page.NotFound();
        }

        page.Form = ListForm.From(ListEditor.Current(list), list.Version);
        return await PageAsync(page, id, cancellationToken);
    }

    public async Task<IActionResult> SaveAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var outcome = page.ModelState.IsValid
            ? await editor.SaveAsync(id, page.Form.Version, page.Form.ToEdit(), page.User.AsCurator(), cancellationToken)
            : null;
        switch (outcome)
        {
            case EditOutcome.Saved:
                page.TempData["Saved"] = "The list was saved.";
                var anchor = page.Form.Anchor is { } entry ? $"#{entry}" : "";
                return new RedirectResult(string.Create(CultureInfo.InvariantCulture, $"/curate/lists/{id}/edit{anchor}"));
            case EditOutcome.NotFound:
                return page.NotFound();
            case EditOutcome.Conflict:
                return await ShowConflictAsync(page, id, cancellationToken);
            case EditOutcome.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    page.ModelState.AddModelError(field.Length == 0 ? string.Empty : $"Form.{field}", message);
                }

                break;
        }

        return await PageAsync(page, id, cancellationToken);
    }

    private async Task<IActionResult> ShowConflictAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var current = await ListEditor.Load(db).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (current is null)
        {
            return page.NotFound();
        }

        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntities.List && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        var yours = page.Form.ToEdit();
        page.Conflict = new ListConflict(yours, ListEditor.Current(current), last?.Actor, last?.At);
        // The form now holds the curator's version (buttons applied) with the current version: saving re-applies it knowingly.
        page.ModelState.Clear();
        page.Form = ListForm.From(yours, current.Version);
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return await PageAsync(page, id, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        page.View = await db.ReadingLists.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new ListEditView(l.Id, l.Slug, l.Title, l.Source == null ? null : l.Source.Title))
            .SingleOrDefaultAsync(cancellationToken);
        if (page.View is null)
        {
            return page.NotFound();
        }

        var ids = page.Form.Entries.Select(e => e.PaperId).Concat(page.Conflict?.Current.Entries.Select(e => e.PaperId) ?? []).Distinct().ToList();
        page.Papers = await db.Papers.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new ListPaper(p.Id, p.Title, p.Slug, p.MergedIntoId != null))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        page.Changes = await ChangeRecords.Of(db, AuditEntities.List, id).Take(50).ToListAsync(cancellationToken);
        return page.Page();
    }
}
