using LlmReadingList.Tests.Pages;

namespace LlmReadingList.Tests.Browser;

/// <summary>One address of every page type the browser tests visit.</summary>
public static class PageTypes
{
    public static IReadOnlyList<(string Name, string Path)> All(BrowseCatalog catalog) =>
    [
        ("home", "/"),
        ("lists", "/lists"),
        ("list", "/lists/english-list"),
        ("list-zh", "/lists/chinese-list"),
        ("paper", $"/papers/{catalog.Attention.Slug}"),
        ("paper-undated", $"/papers/{catalog.Undated.Slug}"),
        ("paper-hostile", $"/papers/{catalog.Malicious.Slug}"),
        ("authors", "/authors"),
        ("author", "/authors/noam-shazeer"),
        ("organisation", "/authors/google-brain"),
        ("years", "/years"),
        ("year", "/years/2017"),
        ("year-unknown", "/years/unknown"),
        ("tags", "/tags"),
        ("tag", "/tags/transformers"),
        ("search", "/search?q=attention"),
        ("search-filtered", "/search?q=attention&year=2017"),
        ("search-browse", "/search"),
        ("search-none", "/search?q=qqqzzzxxy"),
        ("search-past-the-end", "/search?q=attention&page=2"),
        ("not-found", "/papers/no-such-paper"),
    ];
}
