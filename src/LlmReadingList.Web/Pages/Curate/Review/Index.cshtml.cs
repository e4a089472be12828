using LlmReadingList.Catalog.Data.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Curate.Review;

public sealed class IndexModel(ReviewActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReviewFlagKind? Kind { get; set; }

    public IReadOnlyList<ReviewItem> Items { get; set; } = [];

    public string? Problem { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => actions.ShowAsync(this, cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(ResolveInput input, CancellationToken cancellationToken) => actions.ResolveAsync(this, input, cancellationToken);

    public Task<IActionResult> OnPostFixAsync(FixInput input, CancellationToken cancellationToken) => actions.FixAsync(this, input, cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(MergeInput input, CancellationToken cancellationToken) => actions.MergeAsync(this, input, cancellationToken);
}
