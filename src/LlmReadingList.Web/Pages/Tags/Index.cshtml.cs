using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Tags;

public sealed class IndexModel(TagIndexQuery query) : PageModel
{
    public IReadOnlyList<TagRow> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tags = await query.RunAsync(cancellationToken);
}
