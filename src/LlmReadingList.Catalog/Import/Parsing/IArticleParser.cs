namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Turns the text of one source article into records. Pure: no database, no I/O, no clock.
/// A parser is chosen by <see cref="Name"/>, which is what <c>seed/sources.json</c> names in "parser"
/// (see <see cref="ArticleParsers"/>). It never throws, whatever the text: what it cannot read becomes a
/// <see cref="ParseNote"/>.
/// </summary>
public interface IArticleParser
{
    string Name { get; }

    ParsedArticle Parse(string text);
}
