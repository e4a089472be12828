using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Years;

public sealed class YearModel(YearDetailsQuery query) : PageModel
{
    public YearDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken) =>
        this.Show(await query.FindAsync(year, cancellationToken), found => Details = found);
}
