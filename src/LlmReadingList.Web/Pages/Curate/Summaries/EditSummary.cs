using System.ComponentModel.DataAnnotations;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Rendering;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Summaries;

public sealed class SummaryForm
{
    [Required(ErrorMessage = "Enter the summary text.")]
    [Display(Name = "Summary (Markdown)")]
    public string Body { get; set; } = string.Empty;

    public string Language { get; set; } = "en";

    public uint Version { get; set; }
}

public sealed record SummaryEditView(long Id, string PaperTitle, string PaperSlug, string SourceTitle);

public sealed record SummaryConflict(string YourBody, string CurrentBody, string CurrentLanguage);

/// <summary>Loads, previews (through the same Markdown pipeline the public pages use) and saves one summary.</summary>
public sealed class EditSummary(CatalogDbContext db, SummaryEditor editor)
{
    public async Task<IActionResult> ShowAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        var summary = await db.Summaries.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.BodyMarkdown, s.Language, s.Version }).SingleOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return new NotFoundResult();
        }

        page.Form = new SummaryForm { Body = summary.BodyMarkdown, Language = summary.Language, Version = summary.Version };
        return await PageAsync(page, id, cancellationToken);
    }

    public async Task<IActionResult> PreviewAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        page.Preview = SummaryMarkdown.ToHtml(page.Form.Body);
        return await PageAsync(page, id, cancellationToken);
    }

    public async Task<IActionResult> SaveAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        if (!page.ModelState.IsValid)
        {
            return await PageAsync(page, id, cancellationToken);
        }

        switch (await editor.SaveAsync(id, page.Form.Version, page.Form.Body, page.Form.Language, page.User.AsCurator(), cancellationToken))
        {
            case EditOutcome.Saved saved:
                return new RedirectResult($"/papers/{saved.Slug}#summary-{id}");
            case EditOutcome.Conflict:
                var current = await db.Summaries.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
                page.Conflict = new SummaryConflict(page.Form.Body, current.BodyMarkdown, current.Language);
                page.ModelState.Remove("Form.Version");
                page.Form.Version = current.Version;
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case EditOutcome.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    page.ModelState.AddModelError($"Form.{field}", message);
                }

                break;
            default:
                return new NotFoundResult();
        }

        return await PageAsync(page, id, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EditModel page, long id, CancellationToken cancellationToken)
    {
        page.View = await db.Summaries.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SummaryEditView(s.Id, s.Paper!.Title, s.Paper.Slug, s.Source!.Title))
            .SingleOrDefaultAsync(cancellationToken);
        return page.View is null ? new NotFoundResult() : page.Page();
    }
}
