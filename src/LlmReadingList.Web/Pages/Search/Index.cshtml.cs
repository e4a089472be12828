using LlmReadingList.Catalog.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Search;

public sealed class IndexModel(CatalogSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchInput Input { get; set; } = new();

    public SearchView View { get; private set; } = SearchView.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Respond(View = await SearchView.LoadAsync(search, Input.ToParameters(), cancellationToken));

    private PageResult Respond(SearchView view)
    {
        var page = Page();
        page.StatusCode = view.StatusCode;
        return page;
    }
}
