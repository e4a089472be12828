using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages;

/// <summary>The friendly page for missing pages (404) and failures; it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound => Response.StatusCode == StatusCodes.Status404NotFound;

    public void OnGet()
    {
    }
}
