using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;
using static LlmReadingList.Catalog.LinkKind;

namespace LlmReadingList.Tests.Import.Parsers;

public class YearPrefixedParserTests
{
    private static readonly ParsedArticle Article = new YearPrefixedParser().Parse(Seed.Read(Seed.PersonalSpace));

    // Every "YYYY Title" entry of article 003: the title as written, its year, the first arXiv link, the first link's kind.
    private static readonly ExpectedEntry[] Expected =
    [
        E(3, "Unsupervised Sentiment Neuron", 2017, null, Blog),
        E(8, "Attention is all you need", 2017, "1706.03762", Abstract),
        E(12, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", 2018, "1810.04805", Abstract),
        E(15, "RoBERTa: A Robustly Optimized BERT Pretraining Approach", 2019, "1907.11692", Abstract),
        E(19, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", 2019, "1908.10084", Abstract),
        E(22, "T5: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", 2019, "1910.10683", Abstract),
        E(26, "GPT-3: Language Models are Few-Shot Learners", 2020, "2005.14165", Abstract),
        E(30, "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", 2020, "2010.11929", Abstract),
        E(33, "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", 2020, "2006.16236", Abstract),
        E(37, "FLAN: Finetuned Language Models Are Zero-Shot Learners", 2021, "2109.01652", Abstract),
        E(40, "An Attention Free Transformer", 2021, "2105.14103", Abstract),
        E(46, "(ALiBi) Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation", 2021, "2108.12409", Abstract),
        E(49, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", 2022, "2205.14135", Code),
        E(52, "Chinchilla", 2022, "2203.15556", Abstract),
        E(55, "FLAN T5: Scaling Instruction-Finetuned Language Models", 2022, "2210.11416", Abstract),
        E(59, "One Embedder, Any Task: Instruction-Finetuned Text Embeddings", 2022, "2212.09741", Abstract),
        E(62, "Efficient Training of Language Models to Fill in the Middle", 2022, "2207.14255", Abstract),
        E(65, "pNLP-Mixer: an Efficient all-MLP Architecture for Language", 2022, "2202.04350", Abstract),
        E(67, "VCT: A Video Compression Transformer", 2022, "2206.07307", Abstract),
        E(70, "Toolformer: Language Models Can Teach Themselves to Use Tools", 2023, "2302.04761", Abstract),
    ];

    private static ExpectedEntry E(int line, string title, int year, string? arxivId, LinkKind firstLink) =>
        new(line, title, title, arxivId, year, null, null, true, firstLink);

    [Fact]
    public void Reads_every_entry_of_article_003_in_order() => ParsedArticleAssert.EntriesEqual(Expected, Article);

    [Fact]
    public void Reads_20_entries() => Assert.Equal(20, Article.Entries.Count);

    public static TheoryData<int, ParsedLink[]> LinksByEntry => new()
    {
        { 0, [new("https://openai.com/blog/unsupervised-sentiment-neuron/", Blog)] },
        { 5, [new("https://arxiv.org/abs/1910.10683", Abstract)] },
        { 9, [new("https://arxiv.org/abs/2109.01652", Abstract), new("https://github.com/google-research/FLAN/blob/main/flan/templates.py", Code)] },
        { 10, [new("https://arxiv.org/abs/2105.14103", Abstract), new("https://github.com/BlinkDL/RWKV-LM", Code)] },
        { 12, [new("https://github.com/HazyResearch/flash-attention", Code), new("https://arxiv.org/abs/2205.14135", Abstract)] },
        { 13, [new("https://arxiv.org/abs/2203.15556", Abstract), new("https://www.lesswrong.com/posts/6Fpvch8RR29qLEWNH/chinchilla-s-wild-implications", Blog)] },
        { 14, [new("https://arxiv.org/abs/2210.11416", Abstract), new("https://github.com/google-research/FLAN/blob/main/flan/templates.py", Code)] },
        { 17, [new("https://arxiv.org/abs/2202.04350", Abstract), new("https://github.com/mindslab-ai/pnlp-mixer", Code)] },
    };

    [Theory]
    [MemberData(nameof(LinksByEntry))]
    public void Keeps_every_link_of_an_entry_in_order(int entry, ParsedLink[] links) =>
        Assert.Equal(links, Article.Entries[entry].Links);

    [Fact]
    public void Entries_with_one_link_have_just_it()
    {
        int[] severalLinks = [9, 10, 12, 13, 14, 17];
        Assert.All(Article.Entries.Where((_, i) => !severalLinks.Contains(i)), e => Assert.Single(e.Links));
    }

    [Fact]
    public void The_nested_bullet_is_kept_once_as_a_list_item()
    {
        Assert.Equal(
            "Alternative Transformer design\n\n- **AFT-inspired time-mixing variation (WKV) with RNN/GPT mode, very fast**",
            Article.Entries[10].Summary);
    }

    [Fact]
    public void Notes_become_the_summary_one_paragraph_per_line()
    {
        Assert.Equal(
            "First? proof that LSTM network can learn something useful when trained to \"just\" predict next token.\n\n"
            + "This confirms that prediction implies understanding, which OFC makes sense but we were not sure at the time.\n\n"
            + "Implications of this are huge, because from this point we only need to find more efficient way of training or mode data/compute to get better results.",
            Article.Entries[0].Summary);
        Assert.Equal("Same BERT model, with better training: masking-only, dynamic masking, bigger batches, more data\n\nNew SOTA", Article.Entries[3].Summary);
    }

    [Fact]
    public void Text_around_urls_is_kept_and_a_wrapped_line_continues_its_paragraph()
    {
        Assert.Equal(
            "If you train transformer with \"prefix\" task, it will get better at learning new tasks.\n\n"
            + "T5 is very easy/eager to fine-tune for new tasks with very little data, you just need to follow the same \"pattern\" oftask>example>result\n"
            + "which it recognizes.",
            Article.Entries[5].Summary);
        Assert.Equal(
            "Embedding-free MLP-mixer, which takes MinHash of per-word tokens through bottleneck mapping layer. Then it's just MLP-mixer. Small, fast, okish results, scales down nicely. Fixed-size.",
            Article.Entries[17].Summary);
    }

    [Fact]
    public void Every_entry_is_a_paper_with_an_english_summary()
    {
        Assert.All(Article.Entries, e =>
        {
            Assert.True(e.IsPaper);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.Equal("en", e.SummaryLanguage);
            Assert.Equal("en", e.HeadingLanguage);
            Assert.DoesNotContain("http", e.Summary, StringComparison.Ordinal);
            Assert.False(e.Summary!.EndsWith('-'));
        });
    }

    [Fact]
    public void The_opening_line_is_not_an_entry()
    {
        ParsedArticleAssert.NoEntryContains(Article, "My personal learning space", "Nothing to see here");
        ParsedArticleAssert.HasNoteAt(Article, 1, "outside an entry");
        Assert.Null(Article.StatedYear);
    }

    [Fact]
    public void Text_after_an_entry_ended_is_noted_not_attached()
    {
        var article = new YearPrefixedParser().Parse("2020 Alpha\nNote A.\nhttps://arxiv.org/abs/2005.14165 -\nStray text\n2021 Beta\nNote B.");

        Assert.Equal(["Note A.", "Note B."], article.Entries.Select(e => e.Summary));
        ParsedArticleAssert.HasNoteAt(article, 4, "outside an entry");
    }
}
