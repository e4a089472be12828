using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Lists;

public sealed class ListModel(ListDetailsQuery query) : PageModel
{
    public ListDetails List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] int page = 1, CancellationToken cancellationToken = default) =>
        this.Show(await query.FindAsync(slug, page, cancellationToken), found => List = found);
}
