using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Tests.Import.Parsers;

public class AbstractOnlyParserTests
{
    private static readonly ParsedArticle Article = new AbstractOnlyParser().Parse(Seed.Read(Seed.MmstAbstract));

    [Fact]
    public void Reads_the_one_entry_of_article_004() =>
        ParsedArticleAssert.EntriesEqual(
            [new ExpectedEntry(1, "Multi-Method Self-Training (MMST)", null, null, null, null, null, true, null)],
            Article);

    [Fact]
    public void The_heading_is_derived_and_marked_provisional()
    {
        var entry = Assert.Single(Article.Entries);

        Assert.True(entry.TitleIsProvisional);
        Assert.Null(entry.Title);
        Assert.Equal("en", entry.HeadingLanguage);
        Assert.Empty(entry.Links);
        ParsedArticleAssert.HasNoteAt(Article, 1, "provisional");
    }

    [Fact]
    public void The_summary_is_the_abstract_then_the_translation()
    {
        var lines = Seed.Lines(Seed.MmstAbstract);
        var entry = Assert.Single(Article.Entries);

        Assert.Equal(lines[0] + "\n\n" + lines[3], entry.Summary);
        Assert.StartsWith("Large Language Models have many methods", entry.Summary, StringComparison.Ordinal);
        Assert.EndsWith("希望本文提供的证据能激励机器学习研究者探索如何利用语言模型的进步创造新型训练范式。", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("en", entry.SummaryLanguage);
    }

    [Fact]
    public void The_page_after_the_translation_is_junk()
    {
        ParsedArticleAssert.NoEntryContains(Article, "专知", "下载", "关闭预览", "相关内容", "国家自然科学基金", "FlowQA", "Top");
        ParsedArticleAssert.HasNoteAt(Article, 6, "page content after the abstract");
        Assert.Null(Article.StatedYear);
    }

    [Theory]
    [InlineData("We propose Sparse Mixture Routing (SMR) for long inputs.", "Sparse Mixture Routing (SMR)")]
    [InlineData("This paper presents a novel framework called Retrieval Tuned Decoding (RTD), which helps.", "Retrieval Tuned Decoding (RTD)")]
    [InlineData("Large models are big. They are also slow to run on small devices, which is a problem for many people who use them every day.",
        "Large models are big")]
    [InlineData("A single sentence without any end that goes on and on for much longer than a heading should ever be allowed to be",
        "A single sentence without any end that goes on and on for much longer than a…")]
    public void Without_a_named_method_the_heading_falls_back_to_the_first_sentence(string text, string heading) =>
        Assert.Equal(heading, Assert.Single(new AbstractOnlyParser().Parse(text).Entries).Heading);

    [Fact]
    public void Without_a_translation_the_first_paragraph_is_the_abstract()
    {
        var article = new AbstractOnlyParser().Parse("\n\nWe introduce Tiny Thing (TT). It works.\nSecond line.\n\nRelated\n下载");

        var entry = Assert.Single(article.Entries);
        Assert.Equal(3, entry.Line);
        Assert.Equal("We introduce Tiny Thing (TT). It works.\n\nSecond line.", entry.Summary);
        ParsedArticleAssert.HasNoteAt(article, 6, "page content after the abstract");
    }
}
