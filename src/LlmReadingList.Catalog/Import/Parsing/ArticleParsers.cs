namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// The parsers by name, as <c>seed/sources.json</c> names them in "parser". A new article format is one
/// <see cref="IArticleParser"/> class plus one line here.
/// </summary>
public static class ArticleParsers
{
    public static IReadOnlyList<IArticleParser> All { get; } =
    [
        new StarredFieldsParser(),
        new PaperCodeRoundupParser(),
        new NumberedChineseParser(),
        new YearPrefixedParser(),
        new AbstractOnlyParser(),
    ];

    public static IArticleParser? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
