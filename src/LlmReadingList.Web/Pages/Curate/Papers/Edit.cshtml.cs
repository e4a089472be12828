using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Papers;

public sealed class EditModel(EditPaper editPaper) : PageModel
{
    [BindProperty]
    public PaperForm Form { get; set; } = new();

    public PaperEditView? View { get; set; }

    public PaperConflict? Conflict { get; set; }

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => editPaper.ShowAsync(this, id, cancellationToken);

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) => editPaper.SaveAsync(this, id, cancellationToken);
}
