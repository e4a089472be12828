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
    /// <summary>Shows the page, redirects (301) to where the record moved, or gives the friendly 404.</summary>
    public static IActionResult Show<T>(this PageModel page, Lookup<T> lookup, Action<T> show)
        where T : class
    {
        if (lookup.Found is { } found)
        {
            show(found);
            return page.Page();
        }

        return lookup.MovedTo is { } path ? page.RedirectPermanent(path) : page.NotFound();
    }
}
