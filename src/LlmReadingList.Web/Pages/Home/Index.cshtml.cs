using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Home;

public sealed class IndexModel(HomeOverviewQuery query) : PageModel
{
    public HomeOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await query.RunAsync(cancellationToken);
}
