using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Lists;

public sealed class IndexModel(ListSummariesQuery query) : PageModel
{
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await query.RunAsync(cancellationToken);
}
