using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Years;

public sealed class UndatedModel(YearDetailsQuery query) : PageModel
{
    public YearDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await query.FindAsync(null, cancellationToken), found => Details = found);
}
