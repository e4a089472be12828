using LlmReadingList.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Authors;

public sealed class AuthorModel(AuthorDetailsQuery query) : PageModel
{
    public AuthorDetails Author { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        this.Show(await query.FindAsync(slug, cancellationToken), found => Author = found);
}
