using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Authors;

public sealed class IndexModel(AuthorIndexQuery query) : PageModel
{
    public AuthorIndex Authors { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Authors = await query.RunAsync(cancellationToken);
}
