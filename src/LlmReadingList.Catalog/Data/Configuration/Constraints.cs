namespace LlmReadingList.Catalog.Data.Configuration;

internal static class Constraints
{
    public static string ArxivIdFormat(string column) =>
        $"{column} ~ '^([0-9]{{4}}\\.[0-9]{{4,5}}|[a-z-]+(\\.[A-Z]{{2}})?/[0-9]{{7}})$'";

    public static string SlugFormat(string column) => $"{column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'";

    public static string NotBlank(string column) => $"btrim({column}) <> ''";

    public static string HttpUrl(string column) => $"{column} ~* '^(https?)://[^[:space:]]+$'";
}
