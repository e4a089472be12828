using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Tags;

public sealed class IndexModel(TagActions actions) : PageModel
{
    public IReadOnlyList<TagRow> Tags { get; set; } = [];

    public IReadOnlyList<ChangeRow> Changes { get; set; } = [];

    public string? NewName { get; set; }

    public string? CreateProblem { get; set; }

    public TagProblem? RowProblem { get; set; }

    public TagConflict? Conflict { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => actions.ShowAsync(this, cancellationToken);

    public Task<IActionResult> OnPostCreateAsync(NewTagInput input, CancellationToken cancellationToken) => actions.CreateAsync(this, input, cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(RenameTagInput input, CancellationToken cancellationToken) => actions.RenameAsync(this, input, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(DeleteTagInput input, CancellationToken cancellationToken) => actions.DeleteAsync(this, input, cancellationToken);
}
