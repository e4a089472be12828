using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Tags;

public sealed class TagModel(TagDetailsQuery query) : PageModel
{
    public TagDetails Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        this.Show(await query.FindAsync(slug, cancellationToken), found => Tag = found);
}
