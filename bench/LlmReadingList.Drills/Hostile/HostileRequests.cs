namespace LlmReadingList.Drills.Hostile;

/// <summary>The public addresses a hostile string can reach: every query parameter of every public page, export and feed, and every slug in a path.</summary>
public static class HostileRequests
{
    private static readonly string[] SearchParameters = ["q", "year", "from", "to", "author", "tag", "list", "lang", "sort", "page"];

    private static readonly string[] TextQueryEndpoints =
        ["/search/cite.bib", "/search/cite.ris", "/search/cite.csl.json", "/search/cite.csv", "/feeds/search.atom"];

    private static readonly string[] ParameterlessPages =
        ["/", "/lists", "/authors", "/years", "/years/unknown", "/tags", "/feeds/papers.atom", "/feeds/changes.atom", "/sitemap.xml", "/robots.txt", "/openapi/v1.json"];

    /// <summary>Paths with the string in each parameter and slug; unknown parameters (ignored by design) are tried on the pages without any.</summary>
    public static IReadOnlyList<string> ForEveryParameter(string value, CatalogSlugs slugs)
    {
        var v = Uri.EscapeDataString(value);
        var paths = new List<string>();
        paths.AddRange(SearchParameters.Select(p => $"/search?{p}={v}"));
        paths.Add($"/search?q=attention&year=2023&sort=newest&author={v}&tag={v}&list={v}&lang={v}&page={v}");
        paths.AddRange(TextQueryEndpoints.Select(e => $"{e}?q={v}"));
        paths.Add($"/lists/{slugs.List}?page={v}");
        paths.Add($"/authors?page={v}");
        paths.AddRange(ParameterlessPages.Select(p => $"{p}?q={v}&page={v}"));
        paths.AddRange(
        [
            $"/lists/{v}", $"/papers/{v}", $"/authors/{v}", $"/tags/{v}", $"/years/{v}",
            $"/papers/{v}/cite.bib", $"/lists/{v}/cite.ris", $"/feeds/lists/{v}.atom",
            $"/papers/{slugs.Paper}?q={v}", $"/authors/{slugs.Author}?page={v}", $"/tags/{slugs.Tag}?page={v}",
        ]);
        return paths;
    }
}
