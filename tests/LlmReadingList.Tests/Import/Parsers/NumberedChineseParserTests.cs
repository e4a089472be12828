using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;
using static LlmReadingList.Catalog.LinkKind;

namespace LlmReadingList.Tests.Import.Parsers;

public class NumberedChineseParserTests
{
    private const string Architectures = "对主要架构和任务的理解";
    private const string Scaling = "扩展定律与效率提升";
    private const string Alignment = "对齐——将大型语言模型朝着预期的目标和兴趣引导";
    private const string OpenGpt = "GPT的开源替代方案";
    private const string ChatGptAlternatives = "ChatGPT的替代方案";
    private const string Biology = "计算生物学中的大型语言模型";

    private static readonly ParsedArticle Article = new NumberedChineseParser().Parse(Seed.Read(Seed.UnderstandingLlms));

    // Every "论文N：《…》" of article 002 (numbering restarts per section); the repeated Chinchilla mention is not an entry.
    private static readonly ExpectedEntry[] Expected =
    [
        E(18, "Neural Machine Translation by Jointly Learning to Align and Translate", "1409.0473", Architectures),
        E(30, "Attention Is All You Need", "1706.03762", Architectures),
        E(42, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805", Architectures),
        E(56, "Improving Language Understanding by Generative Pre-Training", null, Architectures),
        E(68, "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", "1910.13461", Architectures),
        E(82, "A Survey on Efficient Training of Transformers", "2302.01107", Scaling),
        E(85, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "2205.14135", Scaling),
        E(88, "Cramming: Training a Language Model on a Single GPU in One Day", "2212.14034", Scaling),
        E(91, "Training Compute-Optimal Large Language Models", "2203.15556", Scaling),
        E(110, "Training Language Models to Follow Instructions with Human Feedback", "2203.02155", Alignment),
        E(119, "Constitutional AI: Harmlessness from AI Feedback", "2212.08073", Alignment),
        E(134, "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", "2211.05100", OpenGpt),
        E(137, "OPT: Open Pre-trained Transformer Language Models", "2205.01068", OpenGpt),
        E(142, "LaMDA: Language Models for Dialog Applications", "2201.08239", ChatGptAlternatives),
        E(145, "Improving alignment of dialogue agents via targeted human judgements", "2209.14375", ChatGptAlternatives),
        E(148, "BlenderBot 3: a deployed conversational agent that continually learns to responsibly engage", "2208.03188", ChatGptAlternatives),
        E(153, "ProtTrans: Towards Cracking the Language of Life’s Code Through Self-Supervised Learning", "2007.06225", Biology),
        E(156, "Highly accurate protein structure prediction with AlphaFold", null, Biology),
        E(159, "Large Language Models Generate Functional Protein Sequences Across Diverse Families", null, Biology),
    ];

    private static ExpectedEntry E(int line, string title, string? arxivId, string section) =>
        new(line, title, title, arxivId, null, null, section, true, Abstract);

    [Fact]
    public void Reads_every_entry_of_article_002_in_order() => ParsedArticleAssert.EntriesEqual(Expected, Article);

    [Fact]
    public void Reads_19_entries() => Assert.Equal(19, Article.Entries.Count);

    [Fact]
    public void Links_are_kept_as_the_article_gives_them()
    {
        Assert.Equal(
            "https://www.semanticscholar.org/paper/Improving-Language-Understanding-by-Generative-Radford-Narasimhan/cd18800a0fe0b668a1cc19f2ec95b5003d0a5035",
            Assert.Single(Article.Entries[3].Links).Url);
        Assert.Equal("https://arxiv.org/abs/1910.13461", Assert.Single(Article.Entries[4].Links).Url);
        Assert.Equal("https://www.nature.com/articles/s41586-021-03819-2", Assert.Single(Article.Entries[17].Links).Url);
        Assert.Equal("https://www.nature.com/articles/s41587-022-01618-2", Assert.Single(Article.Entries[18].Links).Url);
        Assert.All(Article.Entries, e => Assert.Single(e.Links));
    }

    [Fact]
    public void The_repeated_paper_is_one_entry_with_the_text_after_the_repeat()
    {
        var lines = Seed.Lines(Seed.UnderstandingLlms);
        var chinchilla = Assert.Single(Article.Entries, e => e.Title == "Training Compute-Optimal Large Language Models");

        Assert.Equal(91, chinchilla.Line);
        Assert.Equal(lines[97].Trim() + "\n\n" + lines[99].Trim(), chinchilla.Summary);
        ParsedArticleAssert.HasNoteAt(Article, 94, "repeats the entry at line 91");
    }

    public static TheoryData<int, int[]> SummaryLinesByEntry => new()
    {
        { 0, [24] },
        { 1, [36] },
        { 2, [48, 50] },
        { 3, [62, 64] },
        { 4, [74] },
        { 9, [113, 115] },
        { 10, [122] },
    };

    [Theory]
    [MemberData(nameof(SummaryLinesByEntry))]
    public void Descriptions_become_chinese_summaries(int entry, int[] summaryLines)
    {
        var lines = Seed.Lines(Seed.UnderstandingLlms);

        Assert.Equal(string.Join("\n\n", summaryLines.Select(l => lines[l - 1].Trim())), Article.Entries[entry].Summary);
        Assert.Equal("zh", Article.Entries[entry].SummaryLanguage);
    }

    [Fact]
    public void Entries_listed_without_a_description_have_no_summary()
    {
        int[] withoutDescription = [5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18];

        Assert.All(withoutDescription, i => Assert.Null(Article.Entries[i].Summary));
        Assert.All(withoutDescription, i => Assert.Null(Article.Entries[i].SummaryLanguage));
    }

    [Fact]
    public void Headings_are_the_english_titles()
    {
        Assert.All(Article.Entries, e =>
        {
            Assert.Equal(e.Title, e.Heading);
            Assert.Equal("en", e.HeadingLanguage);
            Assert.False(e.TitleIsProvisional);
            Assert.Null(e.CreditLine);
        });
        Assert.Null(Article.StatedYear);
    }

    [Fact]
    public void Resources_image_captions_and_footer_are_not_entries()
    {
        ParsedArticleAssert.NoEntryContains(Article, "The Illustrated Transformer", "The Transformer Family", "nanoGPT", "Xavier Amatriain",
            "全面了解大语言模型", "图源", "文章版权声明", "52hwl", "免责声明", "如果你想了解更多", "本文对上方表单");
        ParsedArticleAssert.HasNoteAt(Article, 9, "non-paper resource");
        ParsedArticleAssert.HasNoteAt(Article, 20, "repeated article title");
        ParsedArticleAssert.HasNoteAt(Article, 28, "image source");
        ParsedArticleAssert.HasNoteAt(Article, 162, "copyright");
    }

    [Fact]
    public void A_new_paper_mentioned_in_passing_is_an_entry()
    {
        const string text = "标题\n\n第一节\n\n论文1：《Alpha》\n论文地址：https://arxiv.org/abs/1706.03762\n\n此外，还有论文《Beta》\n\n论文地址：https://arxiv.org/abs/1810.04805\n\n描述。";

        var article = new NumberedChineseParser().Parse(text);

        Assert.Equal(
        [
            new ExpectedEntry(5, "Alpha", "Alpha", "1706.03762", null, null, "第一节", true, Abstract),
            new ExpectedEntry(8, "Beta", "Beta", "1810.04805", null, null, "第一节", true, Abstract),
        ], article.Entries.Select(ExpectedEntry.Of));
        Assert.Equal("描述。", article.Entries[1].Summary);
    }

    [Fact]
    public void The_same_title_in_another_section_is_another_entry()
    {
        const string text = "标题\n\n第一节\n\n论文1：《Alpha》\n\n第二节\n\n论文1：《alpha》";

        var article = new NumberedChineseParser().Parse(text);

        Assert.Equal(["第一节", "第二节"], article.Entries.Select(e => e.Section));
    }
}
