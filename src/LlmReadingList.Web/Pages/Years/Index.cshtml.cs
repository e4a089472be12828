using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Years;

public sealed class IndexModel(YearCountsQuery query) : PageModel
{
    public YearOverview Years { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await query.RunAsync(cancellationToken);
}
