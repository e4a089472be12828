using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Lists;

public sealed class EditModel(EditList editList) : PageModel
{
    [BindProperty]
    public ListForm Form { get; set; } = new();

    public ListEditView? View { get; set; }

    public IReadOnlyDictionary<long, ListPaper> Papers { get; set; } = new Dictionary<long, ListPaper>();

    public ListConflict? Conflict { get; set; }

    public IReadOnlyList<ChangeRow> Changes { get; set; } = [];

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => editList.ShowAsync(this, id, cancellationToken);

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) => editList.SaveAsync(this, id, cancellationToken);
}
