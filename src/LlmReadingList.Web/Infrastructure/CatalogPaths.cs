using System.Globalization;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>The site's public URL patterns, in one place for everything that links to pages from outside a page.</summary>
public static class CatalogPaths
{
    public const string Home = "/";
    public const string Lists = "/lists";
    public const string Authors = "/authors";
    public const string Years = "/years";
    public const string Tags = "/tags";
    public const string Search = "/search";

    public static string List(string slug) => $"/lists/{Uri.EscapeDataString(slug)}";

    public static string Paper(string slug) => $"/papers/{Uri.EscapeDataString(slug)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";

    public static string Year(int year) => $"/years/{year.ToString(CultureInfo.InvariantCulture)}";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";
}
