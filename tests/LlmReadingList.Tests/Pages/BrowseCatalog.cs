using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Pages;

/// <summary>
/// A small catalog for the browse pages: an English list with sections and a Chinese list, Chinese titles and
/// summaries, people and organisations, tags, a paper without a year, a merged paper, old slugs and a summary
/// that tries to inject script. Each test class seeds its own copy into its own database.
/// </summary>
public sealed class BrowseCatalog
{
    public const string XssSummary =
        "Looks harmless.\n\n<script>alert('xss')</script>\n\n[click me](javascript:alert(1)) and <img src=x onerror=alert(2)>\n\n" +
        "[ok link](https://example.org/safe \"Title \\\" onmouseover=alert(3)\")";

    public Paper Attention { get; private set; } = null!;
    public Paper Gpt3 { get; private set; } = null!;
    public Paper MoE { get; private set; } = null!;
    public Paper Bert { get; private set; } = null!;
    public Paper Undated { get; private set; } = null!;
    public Paper Duplicate { get; private set; } = null!;
    public Paper Malicious { get; private set; } = null!;
    public ReadingList EnglishList { get; private set; } = null!;
    public ReadingList ChineseList { get; private set; } = null!;
    public Author Vaswani { get; private set; } = null!;
    public Author GoogleBrain { get; private set; } = null!;
    public Author ZhangWei { get; private set; } = null!;

    public static async Task<BrowseCatalog> SeedAsync(TestDatabase database)
    {
        var catalog = new BrowseCatalog();
        await using var db = database.CreateDbContext();
        var build = new CatalogBuilder(db);
        catalog.Build(build);
        await build.SaveAsync();
        build.Redirect("paper", "old-attention-slug", catalog.Attention.Id);
        build.Redirect("author", "a-vaswani", catalog.Vaswani.Id);
        build.Redirect("list", "old-english-list", catalog.EnglishList.Id);
        await build.SaveAsync();
        return catalog;
    }

    private void Build(CatalogBuilder build)
    {
        var english = build.Source("english-article", "en", "Papers every LLM engineer should read");
        english.Url = "https://example.com/llm-reading-list";
        english.Publisher = "Example Blog";
        english.PublishedOn = new DateOnly(2023, 11, 2);
        build.Source("chinese-article", "zh", "大模型必读论文清单");

        Attention = build.Paper("Attention Is All You Need", 2017, "1706.03762", "Ashish Vaswani", "Noam Shazeer");
        Vaswani = build.Author("Ashish Vaswani");
        GoogleBrain = build.Author("Google Brain", AuthorKind.Organization);
        build.Credit(Attention, GoogleBrain);
        build.AlternativeTitle(Attention, "注意力就是你所需要的一切", "zh");
        build.Link(Attention, "https://github.com/tensorflow/tensor2tensor", LinkKind.Code);
        var attentionEnglish = build.Summary(Attention, "english-article",
            "Introduces the **Transformer**, built on attention alone. See [the code](https://github.com/tensorflow/tensor2tensor).\n\nA second paragraph.");
        attentionEnglish.Heading = "The Transformer paper";
        attentionEnglish.CreditLine = "Vaswani et al., Google Brain";
        build.Summary(Attention, "chinese-article", "提出了完全基于注意力机制的 Transformer 架构，取代了循环神经网络。", "zh");

        Gpt3 = build.Paper("Language Models are Few-Shot Learners", 2020, "2005.14165", "Tom Brown");
        build.Credit(Gpt3, build.Author("OpenAI", AuthorKind.Organization));
        build.Summary(Gpt3, "english-article", "GPT-3 shows that scale brings in-context learning.");

        MoE = build.Paper("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", 2017, "1701.06538", "Noam Shazeer");
        Bert = build.Paper("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", 2018, "1810.04805", "Jacob Devlin");
        build.Link(Bert, "https://arxiv.org/pdf/1810.04805", LinkKind.Pdf);

        Undated = build.Paper("Prompting Notes Without a Date", null, null, "张伟");
        ZhangWei = build.Author("张伟");
        build.AlternativeTitle(Undated, "没有日期的提示笔记", "zh");
        build.Summary(Undated, "chinese-article", "这是一篇没有年份的论文笔记，介绍了**提示工程**的基本方法。", "zh");

        Duplicate = build.Paper("Attention Is All You Need (duplicate record)", 2017);
        build.Merge(Duplicate, Attention);

        Malicious = build.Paper("A Paper With A Hostile Summary", 2021);
        build.Summary(Malicious, "english-article", XssSummary);

        EnglishList = build.List("english-list", "Papers every LLM engineer should read");
        EnglishList.Description = "The papers behind today's large language models.";
        EnglishList.Language = "en";
        EnglishList.Source = english;
        build.Entry(EnglishList, Attention, "Foundations");
        build.Entry(EnglishList, MoE, "Foundations");
        build.Entry(EnglishList, Bert, "Foundations");
        build.Entry(EnglishList, Gpt3, "Scaling");
        build.Entry(EnglishList, Malicious, "Scaling");

        ChineseList = build.List("chinese-list", "大模型必读论文清单", Attention, Undated);
        ChineseList.Language = "zh";
        ChineseList.Source = build.Source("chinese-article");

        build.Tag("transformers", "Transformers", Attention, Bert);
        build.Tag("scaling", "Scaling", Gpt3, MoE);
    }
}

/// <summary>The web app over a database holding <see cref="BrowseCatalog"/>.</summary>
public class BrowseCatalogApp : CatalogWebApp
{
    public BrowseCatalog Catalog { get; private set; } = null!;

    protected override async Task SeedAsync() => Catalog = await BrowseCatalog.SeedAsync(this);
}
