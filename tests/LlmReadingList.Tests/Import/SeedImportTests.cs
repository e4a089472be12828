using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Import;

/// <summary>The whole seed imported once into this class's database; what every list entry became.</summary>
public sealed class SeedImportTests(SeedImportTests.ImportedSeed seed) : IClassFixture<SeedImportTests.ImportedSeed>
{
    /// <summary>Every entry of every article, read off the articles: list, position, section, canonical title, arXiv id, year, credits.</summary>
    public static readonly ExpectedListEntry[] Expected =
    [
        // llm-papers-40
        new("llm-papers-40", 0, null, "Attention Is All You Need", "1706.03762", 2017, "Illia Polosukhin"),
        new("llm-papers-40", 1, null, "Improving Language Understanding by Generative Pre-Training", null, 2018, "OpenAI"),
        new("llm-papers-40", 2, null, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805", 2018, "Google DeepMind"),
        new("llm-papers-40", 3, null, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "1910.10683", 2019, "Google DeepMind"),
        new("llm-papers-40", 4, null, "Language Models are Unsupervised Multitask Learners", null, 2019, "OpenAI"),
        new("llm-papers-40", 5, null, "Language Models are Few-Shot Learners", "2005.14165", 2020, "Dario Amodei; Ilya Sutskever"),
        new("llm-papers-40", 6, null, "Scaling Laws for Neural Language Models", "2001.08361", 2020, "Dario Amodei; OpenAI"),
        new("llm-papers-40", 7, null, "Training Compute-Optimal Large Language Models", "2203.15556", 2022, "Google DeepMind"),
        new("llm-papers-40", 8, null, "LLaMA: Open and Efficient Foundation Language Models", "2302.13971", 2023, "Guillaume Lample"),
        new("llm-papers-40", 9, null, "Training language models to follow instructions with human feedback", "2203.02155", 2022, "OpenAI"),
        new("llm-papers-40", 10, null, "LoRA: Low-Rank Adaptation of Large Language Models", "2106.09685", 2021, "Microsoft"),
        new("llm-papers-40", 11, null, "QLoRA: Efficient Finetuning of Quantized LLMs", "2305.14314", 2023, "University of Washington"),
        new("llm-papers-40", 12, null, "Dense Passage Retrieval for Open-Domain Question Answering", "2004.04906", 2020, "FAIR at Meta"),
        new("llm-papers-40", 13, null, "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", "2005.11401", 2020, "Meta; University College London"),
        new("llm-papers-40", 14, null, "Improving language models by retrieving from trillions of tokens", "2112.04426", 2021, "Google DeepMind"),
        new("llm-papers-40", 15, null, "Internet-augmented language models through few-shot prompting for open-domain question answering", "2203.05115", 2022, "Google DeepMind"),
        new("llm-papers-40", 16, null, "Precise Zero-Shot Dense Retrieval without Relevance Labels", "2212.10496", 2022, "Carnegie Mellon University; University of Waterloo"),
        new("llm-papers-40", 17, null, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "2205.14135", 2022, "Stanford University; State University of New York"),
        new("llm-papers-40", 18, null, "Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation", "2108.12409", 2021, "University of Washington; FAIR at Meta"),
        new("llm-papers-40", 19, null, "Evaluating Large Language Models Trained on Code", "2107.03374", 2021, "OpenAI"),
        new("llm-papers-40", 20, null, "Layer Normalization", "1607.06450", 2016, "University of Toronto"),
        new("llm-papers-40", 21, null, "On Layer Normalization in the Transformer Architecture", "2002.04745", 2020, "Microsoft"),
        new("llm-papers-40", 22, null, "Proximal Policy Optimization Algorithms", "1707.06347", 2017, "OpenAI"),
        new("llm-papers-40", 23, null, "WizardCoder: Empowering Code Large Language Models with Evol-Instruct", "2306.08568", 2023, "Microsoft; Hong Kong Baptist University"),
        new("llm-papers-40", 24, null, "Llama 2: Open Foundation and Fine-Tuned Chat Models", "2307.09288", 2023, "Meta GenAI"),
        new("llm-papers-40", 25, null, "RWKV: Reinventing RNNs for the Transformer Era", "2305.13048", 2023, "EleutherAI; University of Barcelona"),
        new("llm-papers-40", 26, null, "Constitutional AI: Harmlessness from AI Feedback", "2212.08073", 2022, "Anthropic"),
        new("llm-papers-40", 27, null, "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", "1701.06538", 2017, "Google Brain"),
        new("llm-papers-40", 28, null, "Learning Transferable Visual Models From Natural Language Supervision", "2103.00020", 2021, "OpenAI"),
        new("llm-papers-40", 29, null, "An Image is Worth 16×16 Words: Transformers for Image Recognition at Scale", "2010.11929", 2020, "Google Research; Google Brain"),
        new("llm-papers-40", 30, null, "Generative Agents: Interactive Simulacra of Human Behavior", "2304.03442", 2023, "Stanford University; Google DeepMind"),
        new("llm-papers-40", 31, null, "Direct Preference Optimization: Your Language Model is Secretly a Reward Model", "2305.18290", 2023, "Stanford University"),
        new("llm-papers-40", 32, null, "Consistency Models", "2303.01469", 2023, "OpenAI"),
        new("llm-papers-40", 33, null, "Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference", "2310.04378", 2023, "Tsinghua University"),
        new("llm-papers-40", 34, null, "LCM-LoRA: A Universal Stable-Diffusion Acceleration Module", "2311.05556", 2023, "Tsinghua University; Hugging Face"),
        new("llm-papers-40", 35, null, "Chain-of-Note: Enhancing Robustness in Retrieval-Augmented Language Models", "2311.09210", 2023, "Tencent AI Lab"),
        new("llm-papers-40", 36, null, "Emergent Abilities of Large Language Models", "2206.07682", 2022, "Google Research; Stanford University; University of North Carolina at Chapel Hill; Google DeepMind"),
        new("llm-papers-40", 37, null, "Q-Transformer: Scalable Offline Reinforcement Learning via Autoregressive Q-Functions", "2309.10150", 2023, "Google DeepMind"),
        new("llm-papers-40", 38, null, "Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations", "2312.06674", 2023, "Meta GenAI"),
        new("llm-papers-40", 39, null, "Beyond Human Data: Scaling Self-Training for Problem-Solving with Language Models", "2312.06585", 2023, "Google DeepMind; Mila"),
        new("llm-papers-40", 40, null, "Mixed Expert Models", null, null, "Hugging Face"),
        new("llm-papers-40", 41, null, "Self-Play Fine-Tuning Converts Weak Language Models to Strong Language Models", "2401.01335", 2024, "UCLA; Tsinghua University; University of California"),
        new("llm-papers-40", 42, null, "Self-Instruct: Aligning Language Models with Self-Generated Instructions", "2212.10560", 2022, "University of Washington"),
        // ainlper-2023-10
        new("ainlper-2023-10", 0, null, "Ring Attention with Blockwise Transformers for Near-Infinite Context", "2310.01889", 2023, null),
        new("ainlper-2023-10", 1, null, "Efficient Memory Management for Large Language Model Serving with PagedAttention", "2309.06180", 2023, null),
        new("ainlper-2023-10", 2, null, "Sheared LLaMA: Accelerating Language Model Pre-training via Structured Pruning", "2310.06694", 2023, null),
        new("ainlper-2023-10", 3, null, "Meta-CoT: Generalizable Chain-of-Thought Prompting in Mixed-task Scenarios with Large Language Models", "2310.06692", 2023, null),
        new("ainlper-2023-10", 4, null, "In-Context Pretraining: Language Modeling Beyond Document Boundaries", "2310.10638", 2023, null),
        new("ainlper-2023-10", 5, null, "Generative Judge for Evaluating Alignment", "2310.05470", 2023, null),
        new("ainlper-2023-10", 6, null, "Branch-Solve-Merge Improves Large Language Model Evaluation and Generation", "2310.15123", 2023, null),
        new("ainlper-2023-10", 7, null, "ALCUNA: Large Language Models Meet New Knowledge", "2310.14820", 2023, null),
        new("ainlper-2023-10", 8, null, "GraphGPT: Graph Instruction Tuning for Large Language Models", "2310.13023", 2023, null),
        new("ainlper-2023-10", 9, null, "Monarch Mixer: A Simple Sub-Quadratic GEMM-Based Architecture", "2310.12109", 2023, null),
        new("ainlper-2023-10", 10, null, "CodeFusion: A Pre-trained Diffusion Model for Code Generation", null, 2023, null),
        new("ainlper-2023-10", 11, null, "Large Language Models can Learn Rules", "2310.07064", 2023, null),
        // understanding-llms
        new("understanding-llms", 0, "对主要架构和任务的理解", "Neural Machine Translation by Jointly Learning to Align and Translate", "1409.0473", 2014, null),
        new("understanding-llms", 1, "对主要架构和任务的理解", "Attention Is All You Need", "1706.03762", 2017, "Illia Polosukhin"),
        new("understanding-llms", 2, "对主要架构和任务的理解", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805", 2018, "Google DeepMind"),
        new("understanding-llms", 3, "对主要架构和任务的理解", "Improving Language Understanding by Generative Pre-Training", null, 2018, "OpenAI"),
        new("understanding-llms", 4, "对主要架构和任务的理解", "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", "1910.13461", 2019, null),
        new("understanding-llms", 5, "扩展定律与效率提升", "A Survey on Efficient Training of Transformers", "2302.01107", 2023, null),
        new("understanding-llms", 6, "扩展定律与效率提升", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "2205.14135", 2022, "Stanford University; State University of New York"),
        new("understanding-llms", 7, "扩展定律与效率提升", "Cramming: Training a Language Model on a Single GPU in One Day", "2212.14034", 2022, null),
        new("understanding-llms", 8, "扩展定律与效率提升", "Training Compute-Optimal Large Language Models", "2203.15556", 2022, "Google DeepMind"),
        new("understanding-llms", 9, "对齐——将大型语言模型朝着预期的目标和兴趣引导", "Training language models to follow instructions with human feedback", "2203.02155", 2022, "OpenAI"),
        new("understanding-llms", 10, "对齐——将大型语言模型朝着预期的目标和兴趣引导", "Constitutional AI: Harmlessness from AI Feedback", "2212.08073", 2022, "Anthropic"),
        new("understanding-llms", 11, "GPT的开源替代方案", "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", "2211.05100", 2022, null),
        new("understanding-llms", 12, "GPT的开源替代方案", "OPT: Open Pre-trained Transformer Language Models", "2205.01068", 2022, null),
        new("understanding-llms", 13, "ChatGPT的替代方案", "LaMDA: Language Models for Dialog Applications", "2201.08239", 2022, null),
        new("understanding-llms", 14, "ChatGPT的替代方案", "Improving alignment of dialogue agents via targeted human judgements", "2209.14375", 2022, null),
        new("understanding-llms", 15, "ChatGPT的替代方案", "BlenderBot 3: a deployed conversational agent that continually learns to responsibly engage", "2208.03188", 2022, null),
        new("understanding-llms", 16, "计算生物学中的大型语言模型", "ProtTrans: Towards Cracking the Language of Life’s Code Through Self-Supervised Learning", "2007.06225", 2020, null),
        new("understanding-llms", 17, "计算生物学中的大型语言模型", "Highly accurate protein structure prediction with AlphaFold", null, null, null),
        new("understanding-llms", 18, "计算生物学中的大型语言模型", "Large Language Models Generate Functional Protein Sequences Across Diverse Families", null, null, null),
        // personal-learning-space
        new("personal-learning-space", 0, null, "Unsupervised Sentiment Neuron", null, 2017, null),
        new("personal-learning-space", 1, null, "Attention Is All You Need", "1706.03762", 2017, "Illia Polosukhin"),
        new("personal-learning-space", 2, null, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805", 2018, "Google DeepMind"),
        new("personal-learning-space", 3, null, "RoBERTa: A Robustly Optimized BERT Pretraining Approach", "1907.11692", 2019, null),
        new("personal-learning-space", 4, null, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", "1908.10084", 2019, null),
        new("personal-learning-space", 5, null, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "1910.10683", 2019, "Google DeepMind"),
        new("personal-learning-space", 6, null, "Language Models are Few-Shot Learners", "2005.14165", 2020, "Dario Amodei; Ilya Sutskever"),
        new("personal-learning-space", 7, null, "An Image is Worth 16×16 Words: Transformers for Image Recognition at Scale", "2010.11929", 2020, "Google Research; Google Brain"),
        new("personal-learning-space", 8, null, "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", "2006.16236", 2020, null),
        new("personal-learning-space", 9, null, "Finetuned Language Models Are Zero-Shot Learners", "2109.01652", 2021, null),
        new("personal-learning-space", 10, null, "An Attention Free Transformer", "2105.14103", 2021, null),
        new("personal-learning-space", 11, null, "Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation", "2108.12409", 2021, "University of Washington; FAIR at Meta"),
        new("personal-learning-space", 12, null, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "2205.14135", 2022, "Stanford University; State University of New York"),
        new("personal-learning-space", 13, null, "Training Compute-Optimal Large Language Models", "2203.15556", 2022, "Google DeepMind"),
        new("personal-learning-space", 14, null, "Scaling Instruction-Finetuned Language Models", "2210.11416", 2022, null),
        new("personal-learning-space", 15, null, "One Embedder, Any Task: Instruction-Finetuned Text Embeddings", "2212.09741", 2022, null),
        new("personal-learning-space", 16, null, "Efficient Training of Language Models to Fill in the Middle", "2207.14255", 2022, null),
        new("personal-learning-space", 17, null, "pNLP-Mixer: an Efficient all-MLP Architecture for Language", "2202.04350", 2022, null),
        new("personal-learning-space", 18, null, "VCT: A Video Compression Transformer", "2206.07307", 2022, null),
        new("personal-learning-space", 19, null, "Toolformer: Language Models Can Teach Themselves to Use Tools", "2302.04761", 2023, null),
        // mmst-abstract
        new("mmst-abstract", 0, null, "Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa", "2307.10633", 2023, null),
    ];

    [Fact]
    public async Task Every_entry_of_every_article_is_in_its_list_with_the_right_paper()
    {
        await using var db = seed.CreateDbContext();
        var actual = await db.ListEntries.AsNoTracking()
            .OrderBy(e => e.List!.Id).ThenBy(e => e.Position)
            .Select(e => new ExpectedListEntry(
                e.List!.Slug,
                e.Position,
                e.Section,
                e.Paper!.Title,
                e.Paper.ArxivId,
                e.Paper.Year,
                string.Join("; ", e.Paper.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Name))))
            .ToListAsync();

        Assert.Equal(Expected, actual.Select(e => e with { Credits = string.IsNullOrEmpty(e.Credits) ? null : e.Credits }));
    }

    [Fact]
    public void The_report_counts_entries_new_and_merged_papers_per_article()
    {
        var rows = seed.Report.Articles.Select(a => (a.SourceKey, a.Status, a.Entries, a.NewPapers, a.MergedPapers)).ToList();

        Assert.Equal(
        [
            ("llm-papers-40", ImportStatus.Imported, 43, 43, 0),
            ("ainlper-2023-10", ImportStatus.Imported, 12, 12, 0),
            ("understanding-llms", ImportStatus.Imported, 19, 12, 7),
            ("personal-learning-space", ImportStatus.Imported, 20, 12, 8),
            ("mmst-abstract", ImportStatus.Imported, 1, 1, 0),
        ], rows);
    }

    [Fact]
    public async Task The_same_paper_in_three_articles_is_one_paper_with_three_summaries()
    {
        await using var db = seed.CreateDbContext();
        var attention = await db.Papers.AsNoTracking().Where(p => p.ArxivId == "1706.03762")
            .Select(p => new
            {
                p.Title,
                Sources = p.Summaries.OrderBy(s => s.Source!.Id).Select(s => s.Source!.Key + ":" + s.Language).ToList(),
                Lists = p.ListEntries.Count,
                Titles = p.Titles.Select(t => t.Title).ToList(),
            })
            .SingleAsync();

        Assert.Equal("Attention Is All You Need", attention.Title);
        Assert.Equal(["llm-papers-40:en", "understanding-llms:zh", "personal-learning-space:en"], attention.Sources);
        Assert.Equal(3, attention.Lists);
        Assert.Contains("Transformer pioneering paper", attention.Titles);
        Assert.Equal(1, await db.Papers.CountAsync(p => p.TitleKey == "attention is all you need"));
    }

    [Fact]
    public async Task Two_papers_linking_the_same_arxiv_id_are_kept_apart_and_both_flagged()
    {
        await using var db = seed.CreateDbContext();
        var flagged = await db.ReviewFlags.AsNoTracking()
            .Where(f => f.Kind == ReviewFlagKind.ConflictingArxivId)
            .Select(f => new { f.Paper!.Title, f.Paper.ArxivId, Related = f.RelatedPaper == null ? null : f.RelatedPaper.Title, f.ResolvedAt, f.Reason })
            .OrderBy(f => f.Title)
            .ToListAsync();

        Assert.Equal(2, flagged.Count);
        Assert.Equal(("ALCUNA: Large Language Models Meet New Knowledge", "2310.14820"), (flagged[0].Title, flagged[0].ArxivId));
        Assert.Equal(("CodeFusion: A Pre-trained Diffusion Model for Code Generation", (string?)null), (flagged[1].Title, flagged[1].ArxivId));
        Assert.Equal(flagged[1].Title, flagged[0].Related);
        Assert.Equal(flagged[0].Title, flagged[1].Related);
        Assert.All(flagged, f => Assert.Null(f.ResolvedAt));
        Assert.All(flagged, f => Assert.Contains("2310.14820", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_untitled_abstract_gets_the_curator_recorded_facts_and_its_flags_show_how_they_were_settled()
    {
        await using var db = seed.CreateDbContext();
        var paper = await db.Papers.AsNoTracking().Include(p => p.Flags).Include(p => p.Titles).SingleAsync(p => p.ArxivId == "2307.10633");

        Assert.Equal("Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa", paper.Title);
        Assert.Equal(2023, paper.Year);
        Assert.Equal(["title", "arxiv_id", "year"], paper.CuratedFields);
        Assert.Contains(paper.Titles, t => t.Title == "Multi-Method Self-Training (MMST)");
        var provisional = Assert.Single(paper.Flags, f => f.Kind == ReviewFlagKind.ProvisionalTitle);
        Assert.NotNull(provisional.ResolvedAt);
        Assert.Equal("curator metadata (seed/sources.json)", provisional.ResolvedBy);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "paper" && a.EntityId == paper.Id).ToListAsync();
        Assert.Contains(history, a => a.Actor == "curator metadata (seed/sources.json)" && a.Field == "title" && a.NewValue == paper.Title);
    }

    [Fact]
    public async Task A_blog_post_listed_as_a_paper_is_flagged_not_a_paper()
    {
        await using var db = seed.CreateDbContext();
        var flags = await db.ReviewFlags.AsNoTracking().Where(f => f.Kind == ReviewFlagKind.NotAPaper && f.ResolvedAt == null)
            .Select(f => f.Paper!.Title).OrderBy(t => t).ToListAsync();

        Assert.Equal(["Mixed Expert Models", "Unsupervised Sentiment Neuron"], flags);
    }

    [Fact]
    public async Task Papers_without_an_arxiv_id_or_stated_year_have_no_year_and_an_open_flag()
    {
        await using var db = seed.CreateDbContext();
        var missing = await db.ReviewFlags.AsNoTracking().Where(f => f.Kind == ReviewFlagKind.MissingYear && f.ResolvedAt == null)
            .Select(f => new { f.Paper!.Title, f.Paper.Year }).OrderBy(f => f.Title).ToListAsync();

        Assert.Equal(
            ["Highly accurate protein structure prediction with AlphaFold", "Large Language Models Generate Functional Protein Sequences Across Diverse Families"],
            missing.Select(m => m.Title));
        Assert.All(missing, m => Assert.Null(m.Year));
    }

    [Fact]
    public async Task The_paper_an_article_lists_twice_is_one_entry_with_the_summary_from_its_second_mention()
    {
        await using var db = seed.CreateDbContext();
        var entries = await db.ListEntries.AsNoTracking()
            .Where(e => e.List!.Slug == "understanding-llms" && e.Paper!.ArxivId == "2203.15556").ToListAsync();
        var summary = await db.Summaries.AsNoTracking()
            .SingleAsync(s => s.Source!.Key == "understanding-llms" && s.Paper!.ArxivId == "2203.15556");

        Assert.Single(entries);
        Assert.Contains("Chinchilla", summary.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_paper_resources_and_page_junk_are_not_imported()
    {
        await using var db = seed.CreateDbContext();

        Assert.False(await db.Papers.AnyAsync(p => p.Title.Contains("Illustrated Transformer") || p.Title.Contains("nanoGPT")));
        foreach (var junk in new[] { "腾讯云", "文章版权声明", "专知", "Follow the official account", "References:", "打赏" })
        {
            Assert.False(await db.Summaries.AnyAsync(s => s.BodyMarkdown.Contains(junk)), $"a summary contains page junk \"{junk}\"");
        }
    }

    [Fact]
    public async Task The_same_organisation_written_two_ways_is_one_author()
    {
        await using var db = seed.CreateDbContext();
        var names = await db.Authors.AsNoTracking().Select(a => a.Name).ToListAsync();

        Assert.Contains("University College London", names);
        Assert.DoesNotContain("UCL", names);
        Assert.Contains("Meta GenAI", names);
        Assert.DoesNotContain("GenAI", names);
        Assert.Equal(2, await db.PaperAuthors.CountAsync(pa => pa.Author!.Name == "Meta GenAI"));
        Assert.Equal(AuthorKind.Person, (await db.Authors.SingleAsync(a => a.Name == "Dario Amodei")).Kind);
        Assert.Equal(AuthorKind.Organization, (await db.Authors.SingleAsync(a => a.Name == "Google DeepMind")).Kind);
    }

    [Fact]
    public async Task Chinese_headings_are_kept_as_alternative_titles_in_chinese()
    {
        await using var db = seed.CreateDbContext();
        var title = await db.PaperTitles.AsNoTracking().SingleAsync(t => t.Paper!.ArxivId == "2310.01889");

        Assert.Equal(("环注意力(Ring Attention)", "zh"), (title.Title, title.Language));
    }

    [Fact]
    public async Task Curator_tags_from_sources_json_are_applied()
    {
        await using var db = seed.CreateDbContext();
        var retrieval = await db.Tags.AsNoTracking().Where(t => t.Slug == "retrieval")
            .Select(t => t.Papers.Select(p => p.Paper!.ArxivId).OrderBy(id => id).ToList()).SingleAsync();

        Assert.Equal(["2004.04906", "2005.11401", "2112.04426", "2203.05115", "2212.09741", "2212.10496", "2311.09210"], retrieval);
    }

    public sealed class ImportedSeed : TestDatabase
    {
        public ImportReport Report { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Report = await ImportSeedAsync();
        }
    }
}

public sealed record ExpectedListEntry(string List, int Position, string? Section, string Title, string? ArxivId, int? Year, string? Credits);
