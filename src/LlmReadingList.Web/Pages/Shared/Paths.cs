using System.Globalization;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>Where each kind of page lives; every link between pages is built here.</summary>
public static class Paths
{
    public const string Home = "/";
    public const string Lists = "/lists";
    public const string Years = "/years";
    public const string UndatedYear = "/years/unknown";
    public const string Tags = "/tags";
    public const string Authors = "/authors";
    public const string Search = "/search";

    public static string List(string slug) => $"/lists/{Uri.EscapeDataString(slug)}";

    public static string List(string slug, int page) => page <= 1 ? List(slug) : $"{List(slug)}?page={page.ToString(CultureInfo.InvariantCulture)}";

    public static string Paper(string slug) => $"/papers/{Uri.EscapeDataString(slug)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static string Year(int? year) => year is { } y ? $"/years/{y.ToString(CultureInfo.InvariantCulture)}" : UndatedYear;
}
