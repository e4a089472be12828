using System.Globalization;
using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Api;

/// <summary>Absolute URLs of API resources and of the pages that show them, from the site's public root.</summary>
public sealed class ApiLinks(Uri site)
{
    public static ApiLinks For(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<PublicUrls>().Base(context.Request));

    public static string PaperPath(long id) => $"{ApiEndpoints.Prefix}/papers/{Id(id)}";

    public static string AuthorPath(long id) => $"{ApiEndpoints.Prefix}/authors/{Id(id)}";

    public string Absolute(string path) => new Uri(site, path.TrimStart('/')).AbsoluteUri;

    public string Paper(long id) => Absolute(PaperPath(id));

    public string List(long id) => Absolute($"{ApiEndpoints.Prefix}/lists/{Id(id)}");

    public string Author(long id) => Absolute(AuthorPath(id));

    public string PaperPage(string slug) => Absolute(CatalogPaths.Paper(slug));

    public string ListPage(string slug) => Absolute(CatalogPaths.List(slug));

    public string AuthorPage(string slug) => Absolute(CatalogPaths.Author(slug));

    public string TagPage(string slug) => Absolute(CatalogPaths.Tag(slug));

    /// <summary>The API's papers filtered to one author, tag or list, as <c>/api/papers?tag=…</c>.</summary>
    public string PapersWith(string parameter, string slug) =>
        Absolute($"{ApiEndpoints.Prefix}/papers?{parameter}={Uri.EscapeDataString(slug)}");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where a page of results sits among its neighbours; absent neighbours are null.</summary>
public sealed record PageLinks(string Self, string First, string? Prev, string? Next, string Html);
