using System.Text;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Tests.Import.Parsers;

/// <summary>No parser throws, whatever it is given; what it returns is still well-formed.</summary>
public class ParserRobustnessTests
{
    public static TheoryData<string> ParserNames => [.. ArticleParsers.All.Select(p => p.Name)];

    public static TheoryData<string, string> ParsersWithTheirArticle => new()
    {
        { "starred-fields", Seed.EugeneYan },
        { "paper-code-roundup", Seed.AinlperRoundup },
        { "numbered-chinese", Seed.UnderstandingLlms },
        { "year-prefixed", Seed.PersonalSpace },
        { "abstract-only", Seed.MmstAbstract },
    };

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Empty_and_blank_text_gives_no_entries(string parser)
    {
        foreach (var text in new[] { "", " ", "\n\n\n", "\r\n\t\r\n", "\uFEFF" })
            Assert.Empty(Parse(parser, text).Entries);
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Null_text_gives_no_entries(string parser) => Assert.Empty(Parse(parser, null!).Entries);

    [Theory]
    [InlineData("starred-fields")]
    [InlineData("paper-code-roundup")]
    [InlineData("numbered-chinese")]
    [InlineData("year-prefixed")]
    public void Only_junk_gives_no_entries(string parser)
    {
        const string junk = "首页\n学习\n活动\nFollow the official account and reply \"LLM Papers\".\nReferences:\n文章版权声明\n(0)\n打赏 微信扫一扫\n-\n";

        var article = Parse(parser, junk);

        Assert.Empty(article.Entries);
        Assert.NotEmpty(article.Notes);
    }

    [Theory]
    [MemberData(nameof(ParsersWithTheirArticle))]
    public void A_truncated_article_parses_up_to_the_cut(string parser, string file)
    {
        var text = Seed.Read(file);
        var full = Parse(parser, text);

        foreach (var cut in Enumerable.Range(1, 60).Select(i => text.Length * i / 61))
        {
            var truncated = Parse(parser, text[..cut]);

            Assert.True(truncated.Entries.Count <= full.Entries.Count);
            Assert.All(truncated.Entries, e => Assert.InRange(e.Line, 1, text[..cut].Split('\n').Length));
        }
    }

    [Theory]
    [MemberData(nameof(ParsersWithTheirArticle))]
    public void A_truncated_article_keeps_the_entries_before_the_cut(string parser, string file)
    {
        var lines = Seed.Lines(file);
        var full = Parse(parser, string.Join("\n", lines));
        var middle = full.Entries[full.Entries.Count / 2];

        // Cut inside the middle entry, one line after its first line.
        var truncated = Parse(parser, string.Join("\n", lines.Take(middle.Line + 1)));

        Assert.Equal(
            full.Entries.TakeWhile(e => e.Line < middle.Line).Select(e => e.Heading),
            truncated.Entries.TakeWhile(e => e.Line < middle.Line).Select(e => e.Heading));
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void A_2_mb_single_line_is_handled(string parser)
    {
        var random = new Random(7);
        var words = new[] { "https://arxiv.org/abs/1706.03762", "论文1：《", "》", "2017", "*author:", "-", "Paper:", "(", ")", "we introduce", "翻译:", "word", " ", "。" };
        var text = new StringBuilder();
        while (text.Length < 2_000_000)
            text.Append(words[random.Next(words.Length)]).Append(' ');

        var article = Parse(parser, text.ToString());

        AssertWellFormed(article);
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Random_bytes_decoded_as_text_are_handled(string parser)
    {
        var random = new Random(42);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            var text = round % 2 == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);

            AssertWellFormed(Parse(parser, text));
        }
    }

    [Theory]
    [MemberData(nameof(ParsersWithTheirArticle))]
    public void Shuffled_lines_of_the_article_are_handled(string parser, string file)
    {
        var random = new Random(3);
        var lines = Seed.Lines(file);
        for (var round = 0; round < 10; round++)
        {
            var shuffled = lines.OrderBy(_ => random.Next()).ToArray();

            AssertWellFormed(Parse(parser, string.Join("\n", shuffled)));
        }
    }

    [Theory]
    [MemberData(nameof(ParsersWithTheirArticle))]
    public void Windows_line_endings_give_the_same_entries(string parser, string file)
    {
        var text = Seed.Read(file);

        var unix = Parse(parser, text);
        var windows = Parse(parser, text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(unix.Entries, windows.Entries, EntryComparer.Instance);
    }

    private static ParsedArticle Parse(string parser, string text) => ArticleParsers.Find(parser)!.Parse(text);

    private static void AssertWellFormed(ParsedArticle article)
    {
        Assert.All(article.Entries, e =>
        {
            Assert.True(e.Line >= 1);
            Assert.False(string.IsNullOrWhiteSpace(e.Heading));
            Assert.Contains(e.HeadingLanguage, new[] { "en", "zh" });
            Assert.True(e.Summary is null || e.Summary.Length > 0 && e.Summary == e.Summary.Trim());
        });
        Assert.All(article.Notes, n => Assert.True(n.Line >= 1));
    }

    private sealed class EntryComparer : IEqualityComparer<ParsedEntry>
    {
        public static readonly EntryComparer Instance = new();

        public bool Equals(ParsedEntry? x, ParsedEntry? y) =>
            x is not null && y is not null
            && (x with { Links = [] }) == (y with { Links = [] })
            && x.Links.SequenceEqual(y.Links);

        public int GetHashCode(ParsedEntry obj) => obj.Line;
    }
}
