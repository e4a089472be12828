using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;
using static LlmReadingList.Catalog.AuthorKind;

namespace LlmReadingList.Tests.Import.Parsers;

public class CreditLineParserTests
{
    private readonly CreditLineParser _parser = new(Seed.AuthorAliases());

    private const string UW = "University of Washington";

    /// <summary>Every distinct "*author:" / "*source:" value in article 000, with the credits it names.</summary>
    public static TheoryData<string, (string, AuthorKind)[]> ArticleCreditLines => new()
    {
        { "NEAR co-founder Illia Polosukhin (former Google AI team member) and others", [("Illia Polosukhin", Person)] },
        { "OpenAI", [("OpenAI", Organization)] },
        { "Google DeepMind", [("Google DeepMind", Organization)] },
        { "Anthropic founder Dario Amodei, OpenAI co-founder Ilya Sutskever, and others", [("Dario Amodei", Person), ("Ilya Sutskever", Person)] },
        { "Anthropic founder Dario Amodei and OpenAI researchers", [("Dario Amodei", Person), ("OpenAI", Organization)] },
        { "Guillaume Lample, co-founder of Mistral AI (formerly worked at Meta AI) and others", [("Guillaume Lample", Person)] },
        { "Microsoft", [("Microsoft", Organization)] },
        { "Researchers at the University of Washington", [(UW, Organization)] },
        { "FAIR at Meta", [("FAIR at Meta", Organization)] },
        { "Researchers from Meta, UCL and University College London", [("Meta", Organization), ("University College London", Organization)] },
        { "Researchers from Carnegie Mellon University and the University of Waterloo", [("Carnegie Mellon University", Organization), ("University of Waterloo", Organization)] },
        { "Researchers from Stanford University and the State University of New York", [("Stanford University", Organization), ("State University of New York", Organization)] },
        { "Research teams from the University of Washington, FAIR, etc.", [(UW, Organization), ("FAIR at Meta", Organization)] },
        { "Researchers at the University of Toronto", [("University of Toronto", Organization)] },
        { "Researchers from Microsoft and Hong Kong Baptist University", [("Microsoft", Organization), ("Hong Kong Baptist University", Organization)] },
        { "GenAI, Meta", [("Meta GenAI", Organization)] },
        { "EleutherAI, University of Barcelona and other research teams", [("EleutherAI", Organization), ("University of Barcelona", Organization)] },
        { "Anthropic", [("Anthropic", Organization)] },
        { "Google Brain (merged with DeepMind)", [("Google Brain", Organization)] },
        { "Google Research, Brain Team (merged with DeepMind)", [("Google Research", Organization), ("Google Brain", Organization)] },
        { "Stanford University, Google DeepMind researchers", [("Stanford University", Organization), ("Google DeepMind", Organization)] },
        { "Stanford University researchers", [("Stanford University", Organization)] },
        { "Researchers from Tsinghua University", [("Tsinghua University", Organization)] },
        { "Tsinghua University, Hugging Face", [("Tsinghua University", Organization), ("Hugging Face", Organization)] },
        { "Tencent AI Lab", [("Tencent AI Lab", Organization)] },
        { "Google Research, Stanford University, UNC, DeepMind", [("Google Research", Organization), ("Stanford University", Organization), ("University of North Carolina at Chapel Hill", Organization), ("Google DeepMind", Organization)] },
        { "Meta GenAI", [("Meta GenAI", Organization)] },
        { "Google DeepMind, Mila", [("Google DeepMind", Organization), ("Mila", Organization)] },
        { "Hugging Face", [("Hugging Face", Organization)] },
        { "Researchers from UCLA, Tsinghua University, and the University of California", [("UCLA", Organization), ("Tsinghua University", Organization), ("University of California", Organization)] },
        { "University of Washington, etc.", [(UW, Organization)] },
    };

    [Theory]
    [MemberData(nameof(ArticleCreditLines))]
    public void Reads_the_credit_lines_of_article_000(string line, (string, AuthorKind)[] expected)
    {
        var credits = _parser.Parse(line);

        Assert.Equal(expected, credits.Select(c => (c.Name, c.Kind)));
    }

    [Fact]
    public void Every_credit_line_of_article_000_is_covered_above()
    {
        var inArticle = Seed.Lines(Seed.EugeneYan)
            .Where(l => l.StartsWith("*author:", StringComparison.Ordinal) || l.StartsWith("*source:", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .Distinct()
            .Order(StringComparer.Ordinal);
        var covered = ArticleCreditLines.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(inArticle, covered);
    }

    [Theory]
    [InlineData("GenAI, Meta")]
    [InlineData("genai ,  meta")]
    [InlineData("Meta GenAI")]
    [InlineData("Meta GenAI researchers")]
    public void A_phrase_alias_is_applied_before_splitting(string line) =>
        Assert.Equal([new ParsedCredit("Meta GenAI", Organization)], _parser.Parse(line));

    [Fact]
    public void The_same_organisation_written_two_ways_is_one_credit() =>
        Assert.Equal(
            [new ParsedCredit("University College London", Organization)],
            _parser.Parse("UCL, University College London and the university college london"));

    [Fact]
    public void Aliases_match_whole_names_only() =>
        Assert.Equal(
            [new ParsedCredit("FAIR at Meta", Organization), new ParsedCredit("FAIRway Labs", Organization)],
            _parser.Parse("FAIR, FAIRway Labs"));

    [Fact]
    public void Without_aliases_names_are_kept_as_written() =>
        Assert.Equal(
            [new ParsedCredit("Google Research", Organization), new ParsedCredit("Brain Team", Organization)],
            new CreditLineParser([]).Parse("Google Research, Brain Team (merged with DeepMind)"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("and others")]
    [InlineData("etc.")]
    [InlineData(", , and ,")]
    [InlineData("(merged with DeepMind)")]
    [InlineData("Researchers from the")]
    [InlineData("co-founder of Mistral AI")]
    [InlineData("123 456")]
    public void Odd_lines_give_no_credits(string? line) => Assert.Empty(_parser.Parse(line));

    [Theory]
    [InlineData("Google Brain (merged with DeepMind")]
    [InlineData("((((")]
    [InlineData("))) and (((")]
    [InlineData("\0\u0001\uFFFD")]
    public void Never_throws_on_malformed_lines(string line)
    {
        var credits = _parser.Parse(line);

        Assert.All(credits, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
    }

    [Fact]
    public void Never_throws_on_a_huge_line() => Assert.Empty(_parser.Parse(new string('a', 2_000_000)));
}
