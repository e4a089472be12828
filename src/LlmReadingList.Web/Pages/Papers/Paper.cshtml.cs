using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Papers;

public sealed class PaperModel(PaperDetailsQuery query) : PageModel
{
    public PaperDetails Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        this.Show(await query.FindAsync(slug, cancellationToken), found => Paper = found);
}
