using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>What a slug led to: the page's record, a permanent move to another path, or nothing.</summary>
public sealed record Lookup<T>(T? Found, string? MovedTo)
    where T : class
{
    public static Lookup<T> Missing { get; } = new(null, null);

    public static Lookup<T> Show(T found) => new(found, null);

    public static Lookup<T> Moved(string path) => new(null, path);
}

public static class LookupResults
{
    /// <summary>
    /// Shows the page, redirects (301) to where the record moved, or gives the friendly 404. The redirect is permanent
    /// for search engines but must not be remembered by browsers: a curator may rename the record back (a restore), and
    /// a browser holding the old 301 would then bounce between the two slugs forever.
    /// </summary>
    public static IActionResult Show<T>(this PageModel page, Lookup<T> lookup, Action<T> show)
        where T : class
    {
        if (lookup.Found is { } found)
        {
            show(found);
            return page.Page();
        }

        if (lookup.MovedTo is { } path)
        {
            page.Response.Headers.CacheControl = "no-cache";
            return page.RedirectPermanent(path);
        }

        return page.NotFound();
    }
}
