using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Tags;

public sealed record TagRow(long Id, uint Version, string Name, string Slug, int Papers);

/// <summary>A refused rename or delete of one tag: shown in that tag's row.</summary>
public sealed record TagProblem(long TagId, string? Name, string Message);

/// <summary>Someone changed or deleted the tag after this curator loaded the page: the name they wanted (null: delete) beside what is there now.</summary>
public sealed record TagConflict(long TagId, string? YourName, string? Current, string? ChangedBy);

public sealed record NewTagInput(string? Name);

public sealed record RenameTagInput(long TagId, uint Version, string? Name);

public sealed record DeleteTagInput(long TagId, uint Version);

/// <summary>What the tags page's forms do.</summary>
public sealed class TagActions(CatalogDbContext db, TagEditor editor)
{
    public async Task<IActionResult> ShowAsync(IndexModel page, CancellationToken cancellationToken)
    {
        page.Tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TagRow(t.Id, t.Version, t.Name, t.Slug, t.Papers.Count(pt => pt.Paper!.MergedIntoId == null)))
            .ToListAsync(cancellationToken);
        page.Changes = await ChangeRecords.Query(db, a => a.EntityType == AuditEntities.Tag).Take(30).ToListAsync(cancellationToken);
        return page.Page();
    }

    public async Task<IActionResult> CreateAsync(IndexModel page, NewTagInput input, CancellationToken cancellationToken)
    {
        var outcome = await editor.CreateAsync(input.Name, page.User.AsCurator(), cancellationToken);
        if (outcome is EditOutcome.Invalid invalid)
        {
            page.NewName = input.Name;
            page.CreateProblem = string.Join(" ", invalid.Errors.Values);
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(page, cancellationToken);
        }

        return Done(page, $"Tag “{input.Name?.Trim()}” created.");
    }

    public async Task<IActionResult> RenameAsync(IndexModel page, RenameTagInput input, CancellationToken cancellationToken) =>
        await AfterAsync(page, input.TagId, input.Name ?? "", await editor.RenameAsync(input.TagId, input.Version, input.Name, page.User.AsCurator(), cancellationToken),
            $"Tag renamed to “{input.Name?.Trim()}”.", cancellationToken);

    public async Task<IActionResult> DeleteAsync(IndexModel page, DeleteTagInput input, CancellationToken cancellationToken)
    {
        var name = await db.Tags.AsNoTracking().Where(t => t.Id == input.TagId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        return await AfterAsync(page, input.TagId, null, await editor.DeleteAsync(input.TagId, input.Version, page.User.AsCurator(), cancellationToken),
            $"Tag “{name}” deleted. Each paper it was on has the change in its history.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(IndexModel page, long tagId, string? yourName, EditOutcome outcome, string done, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case EditOutcome.Saved:
                return Done(page, done);
            case EditOutcome.NotFound:
                return page.NotFound();
            case EditOutcome.Conflict:
                var last = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == AuditEntities.Tag && a.EntityId == tagId)
                    .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(a => a.Actor).FirstOrDefaultAsync(cancellationToken);
                var current = await db.Tags.AsNoTracking().Where(t => t.Id == tagId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
                page.Conflict = new TagConflict(tagId, yourName, current, last);
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case EditOutcome.Invalid invalid:
                page.RowProblem = new TagProblem(tagId, yourName, string.Join(" ", invalid.Errors.Values));
                page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        return await ShowAsync(page, cancellationToken);
    }

    private static RedirectResult Done(IndexModel page, string message)
    {
        page.TempData["Saved"] = message;
        return new RedirectResult("/curate/tags");
    }
}
