using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;
using static LlmReadingList.Catalog.LinkKind;

namespace LlmReadingList.Tests.Import.Parsers;

public class PaperCodeRoundupParserTests
{
    private static readonly ParsedArticle Article = new PaperCodeRoundupParser().Parse(Seed.Read(Seed.AinlperRoundup));

    // Every entry of article 001: Chinese heading, arXiv id of its "Paper:" link; no English titles, no per-entry year.
    private static readonly ExpectedEntry[] Expected =
    [
        E(27, "环注意力(Ring Attention)", "2310.01889"),
        E(37, "分页注意力(PagedAttention)", "2309.06180"),
        E(49, "Llama2剪枝(LLM-Shearing)", "2310.06694"),
        E(61, "Meta-CoT思维链", "2310.06692"),
        E(71, "跨文档的语言建模", "2310.10638"),
        E(81, "评估大模型(Auto-J)", "2310.05470"),
        E(93, "大模型任务分解(BSM)", "2310.15123"),
        E(101, "大模型应对新知识", "2310.14820"),
        E(111, "GraphGPT对齐图文", "2310.13023"),
        E(121, "替代Transformer", "2310.12109"),
        E(131, "扩散文本生成大模型", "2310.14820"),
        E(141, "让LLM学习推理规则", "2310.07064"),
    ];

    private static ExpectedEntry E(int line, string heading, string arxivId) =>
        new(line, heading, null, arxivId, null, null, null, true, Abstract);

    public static TheoryData<int, string[]> LinksByEntry => new()
    {
        { 0, ["https://arxiv.org/abs/2310.01889"] },
        { 1, ["https://arxiv.org/abs/2309.06180", "https://github.com/vllm-project/vllm"] },
        { 2, ["https://arxiv.org/abs/2310.06694", "https://github.com/princeton-nlp/LLM-Shearing"] },
        { 3, ["https://arxiv.org/abs/2310.06692", "https://github.com/Anni-Zou/Meta-CoT"] },
        { 4, ["https://arxiv.org/abs/2310.10638"] },
        { 5, ["https://arxiv.org/abs/2310.05470", "https://gair-nlp.github.io/auto-j"] },
        { 6, ["https://arxiv.org/abs/2310.15123"] },
        { 7, ["https://arxiv.org/abs/2310.14820", "https://github.com/Arvid-pku/ALCUNA"] },
        { 8, ["https://arxiv.org/abs/2310.13023", "https://github.com/HKUDS/GraphGPT"] },
        { 9, ["https://arxiv.org/abs/2310.12109", "https://github.com/HazyResearch/m2"] },
        { 10, ["https://arxiv.org/abs/2310.14820", "https://github.com/microsoft/prose-benchmarks/tree/main/CodeFusion"] },
        { 11, ["https://arxiv.org/abs/2310.07064"] },
    };

    [Fact]
    public void Reads_every_entry_of_article_001_in_order() => ParsedArticleAssert.EntriesEqual(Expected, Article);

    [Fact]
    public void Reads_12_entries_as_the_title_says() => Assert.Equal(12, Article.Entries.Count);

    [Theory]
    [MemberData(nameof(LinksByEntry))]
    public void Keeps_paper_and_code_links(int entry, string[] urls) =>
        Assert.Equal(urls, Article.Entries[entry].Links.Select(l => l.Url));

    [Fact]
    public void Code_links_are_code_except_a_project_page()
    {
        Assert.All(Article.Entries.SelectMany(e => e.Links.Skip(1)).Where(l => l.Url.Contains("github.com", StringComparison.Ordinal)),
            l => Assert.Equal(Code, l.Kind));
        Assert.Equal(Project, Article.Entries[5].Links[1].Kind);
    }

    [Fact]
    public void The_stated_month_gives_the_article_a_year_not_the_entries()
    {
        Assert.Equal(2023, Article.StatedYear);
        Assert.All(Article.Entries, e => Assert.Null(e.StatedYear));
    }

    [Fact]
    public void Headings_and_summaries_are_chinese_and_there_is_no_title()
    {
        Assert.All(Article.Entries, e =>
        {
            Assert.Equal("zh", e.HeadingLanguage);
            Assert.Equal("zh", e.SummaryLanguage);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.Null(e.Title);
            Assert.Null(e.CreditLine);
            Assert.False(e.TitleIsProvisional);
        });
    }

    [Fact]
    public void Summaries_are_the_paragraphs_under_the_links()
    {
        var lines = Seed.Lines(Seed.AinlperRoundup);

        Assert.Equal(string.Join("\n\n", lines[30], lines[32], lines[34]), Article.Entries[0].Summary);
        Assert.Equal(string.Join("\n\n", lines[144], lines[146], lines[148]), Article.Entries[^1].Summary);
    }

    [Fact]
    public void The_wrong_link_is_reported_faithfully_on_both_entries()
    {
        Assert.Equal(["大模型应对新知识", "扩散文本生成大模型"], Article.Entries.Where(e => e.ArxivId == "2310.14820").Select(e => e.Heading));
        ParsedArticleAssert.HasNoteAt(Article, 131, "2310.14820");
    }

    [Fact]
    public void Page_navigation_intro_and_footer_are_junk()
    {
        ParsedArticleAssert.NoEntryContains(Article, "腾讯云", "cloudcommunity", "评论", "目录", "领券", "所有pdf论文获取回复", "每月惯例", "立即前往", "ShuYini");
        ParsedArticleAssert.HasNoteAt(Article, 1, "page navigation");
        ParsedArticleAssert.HasNoteAt(Article, 23, "article introduction");
        ParsedArticleAssert.HasNoteAt(Article, 151, "page footer");
    }

    [Fact]
    public void Works_without_the_intro_marker_and_footer()
    {
        const string text = "Heading A\n\nPaper: https://arxiv.org/abs/2310.01889\n\nText A.\nHeading B\nPaper：https://example.org/b.pdf\nCode: https://github.com/x/y\nText B.";

        var article = new PaperCodeRoundupParser().Parse(text);

        Assert.Equal(
        [
            new ExpectedEntry(1, "Heading A", null, "2310.01889", null, null, null, true, Abstract),
            new ExpectedEntry(6, "Heading B", null, null, null, null, null, true, Pdf),
        ], article.Entries.Select(ExpectedEntry.Of));
        Assert.Equal("Text B.", article.Entries[1].Summary);
        Assert.Null(article.StatedYear);
    }
}
