using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Tests.Import.Parsers;

public class ArticleParsersTests
{
    [Fact]
    public void Every_parser_named_in_sources_json_is_registered()
    {
        foreach (var (_, parser) in Seed.Sources())
            Assert.Equal(parser, ArticleParsers.Find(parser)?.Name);
    }

    [Fact]
    public void Each_parser_has_its_own_name() =>
        Assert.Equal(
            ["starred-fields", "paper-code-roundup", "numbered-chinese", "year-prefixed", "abstract-only"],
            ArticleParsers.All.Select(p => p.Name));

    [Theory]
    [InlineData("starred-fields", typeof(StarredFieldsParser))]
    [InlineData("paper-code-roundup", typeof(PaperCodeRoundupParser))]
    [InlineData("numbered-chinese", typeof(NumberedChineseParser))]
    [InlineData("year-prefixed", typeof(YearPrefixedParser))]
    [InlineData("abstract-only", typeof(AbstractOnlyParser))]
    public void Finds_a_parser_by_name(string name, Type type) => Assert.IsType(type, ArticleParsers.Find(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-parser")]
    public void Finds_nothing_for_an_unknown_name(string? name) => Assert.Null(ArticleParsers.Find(name));

    [Fact]
    public void Every_seed_article_parses_to_entries_with_its_parser()
    {
        foreach (var (file, parser) in Seed.Sources())
            Assert.NotEmpty(ArticleParsers.Find(parser)!.Parse(Seed.Read(file)).Entries);
    }
}
