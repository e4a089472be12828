using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Authors;

public sealed class EditModel(EditAuthor editAuthor) : PageModel
{
    [BindProperty]
    public AuthorForm Form { get; set; } = new();

    public AuthorEditView? View { get; set; }

    public AuthorConflict? Conflict { get; set; }

    public IReadOnlyList<ChangeRow> Changes { get; set; } = [];

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => editAuthor.ShowAsync(this, id, cancellationToken);

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) => editAuthor.SaveAsync(this, id, cancellationToken);
}
