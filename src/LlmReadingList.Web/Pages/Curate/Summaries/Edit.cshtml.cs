using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Summaries;

public sealed class EditModel(EditSummary editSummary) : PageModel
{
    [BindProperty]
    public SummaryForm Form { get; set; } = new();

    public SummaryEditView? View { get; set; }

    public SummaryConflict? Conflict { get; set; }

    public IHtmlContent? Preview { get; set; }

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => editSummary.ShowAsync(this, id, cancellationToken);

    public Task<IActionResult> OnPostPreviewAsync(long id, CancellationToken cancellationToken) => editSummary.PreviewAsync(this, id, cancellationToken);

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) => editSummary.SaveAsync(this, id, cancellationToken);
}
