using System.Globalization;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Authors;

/// <summary>What the edit page shows around the form.</summary>
public sealed record AuthorEditView(long Id, string Slug, string Name, IReadOnlyList<string> Names, IReadOnlyList<AuthorPaper> Papers);

public sealed record AuthorPaper(string Title, string Slug);

/// <summary>Shown when someone saved the author after this curator opened it: their values beside the current ones.</summary>
public sealed record AuthorConflict(AuthorEdit Yours, AuthorEdit Current, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed class EditAuthor(CatalogDbContext db, AuthorEditor editor)
{
    public async Task<IActionResult> ShowAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Edit = new AuthorEdit(a.Name, a.Kind), a.Version, a.MergedIntoId })
            .SingleOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return page.NotFound();
        }

        if (author.MergedIntoId is { } survivor)
        {
            return new RedirectResult(EditUrl(survivor));
        }

        page.Form = AuthorForm.From(author.Edit, author.Version);
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
                page.TempData["Saved"] = "The author was saved.";
                return new RedirectResult(EditUrl(id));
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

    public static string EditUrl(long id) => string.Create(CultureInfo.InvariantCulture, $"/curate/authors/{id}/edit");

    private async Task<IActionResult> ShowConflictAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var current = await db.Authors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Edit = new AuthorEdit(a.Name, a.Kind), a.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return page.NotFound();
        }

        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntities.Author && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        page.Conflict = new AuthorConflict(page.Form.ToEdit(), current.Edit, last?.Actor, last?.At);
        // The form keeps the curator's values but now carries the current version: saving again re-applies them knowingly.
        page.ModelState.Remove("Form.Version");
        page.Form.Version = current.Version;
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return await PageAsync(page, id, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        page.View = await db.Authors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AuthorEditView(
                a.Id,
                a.Slug,
                a.Name,
                a.Aliases.Where(alias => alias.Name != a.Name).OrderBy(alias => alias.Name).Select(alias => alias.Name).ToList(),
                a.Papers.Where(pa => pa.Paper!.MergedIntoId == null).OrderBy(pa => pa.Paper!.Title).Select(pa => new AuthorPaper(pa.Paper!.Title, pa.Paper.Slug)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (page.View is null)
        {
            return page.NotFound();
        }

        page.Changes = await ChangeRecords.Of(db, AuditEntities.Author, id).Take(50).ToListAsync(cancellationToken);
        return page.Page();
    }
}
