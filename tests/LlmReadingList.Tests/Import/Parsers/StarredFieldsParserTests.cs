using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;
using static LlmReadingList.Catalog.LinkKind;

namespace LlmReadingList.Tests.Import.Parsers;

public class StarredFieldsParserTests
{
    private static readonly ParsedArticle Article = new StarredFieldsParser().Parse(Seed.Read(Seed.EugeneYan));

    // Every entry of article 000, read off the article: heading line, title line, arXiv id of the *original: link,
    // *author:/*source: value, kind of that link. "Transformer pioneering paper" (line 10) is the first entry's display
    // heading: it stands where every other entry's heading stands. The article has no sections.
    private static readonly ExpectedEntry[] Expected =
    [
        E(10, "Transformer pioneering paper", "Attention Is All You Need", "1706.03762", "NEAR co-founder Illia Polosukhin (former Google AI team member) and others", Abstract),
        E(16, "GPT: Improving Language Understanding Through Generative Pre-training", "Improving Language Understanding by Generative Pre-Training", null, "OpenAI", Pdf),
        E(23, "BERT: Pre-training Deep Bidirectional Transformers for Language Understanding", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805", "Google DeepMind", Abstract),
        E(30, "T5: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "1910.10683", "Google DeepMind", Abstract),
        E(36, "GPT2: Language model is an unsupervised multi-task learner", "Language Models are Unsupervised Multitask Learners", null, "OpenAI", Pdf),
        E(42, "GPT-3: Language models are few-shot learners", "Language Models are Few-Shot Learners", "2005.14165", "Anthropic founder Dario Amodei, OpenAI co-founder Ilya Sutskever, and others", Abstract),
        E(48, "Scaling laws for neural language models: training bigger models on less data", "Scaling Laws for Neural Language Models", "2001.08361", "Anthropic founder Dario Amodei and OpenAI researchers", Abstract),
        E(54, "Chinchilla: Training large language models with optimal computational efficiency", "Training Compute-Optimal Large Language Models", "2203.15556", "Google DeepMind", Abstract),
        E(60, "LLaMA: An open and efficient basic language model", "LLaMA: Open and Efficient Foundation Language Models", "2302.13971", "Guillaume Lample, co-founder of Mistral AI (formerly worked at Meta AI) and others", Abstract),
        E(66, "InstructGPT: Training a language model to follow instructions via human feedback", "Training language models to follow instructions with human feedback", "2203.02155", "OpenAI", Abstract),
        E(72, "LoRA: Low-rank adaptation of large language models", "LoRA: Low-Rank Adaptation of Large Language Models", "2106.09685", "Microsoft", Abstract),
        E(78, "QLoRA: Efficient Fine-tuning of Quantized Large Language Models", "QLoRA: Efficient Finetuning of Quantized LLMs", "2305.14314", "Researchers at the University of Washington", Abstract),
        E(84, "DPR: Dense Passage Retrieval for Open Domain Question Answering", "Dense Passage Retrieval for Open-Domain Question Answering", "2004.04906", "FAIR at Meta", Abstract),
        E(90, "RAG: Retrieval-augmented Generation for Knowledge-Intensive NLP Tasks", "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", "2005.11401", "Researchers from Meta, UCL and University College London", Abstract),
        E(96, "RETRO: Improving Language Model Performance by Retrieving from Trillions of Tokens", "Improving language models by retrieving from trillions of tokens", "2112.04426", "Google DeepMind", Abstract),
        E(102, "Building Internet-enhanced language models with a few hints for open-domain question answering", "Internet-augmented language models through few-shot prompting for open-domain question answering", "2203.05115", "Google DeepMind", Abstract),
        E(108, "HyDE: Zero-Shot Dense Retrieval without Relevance Labels", "Precise Zero-Shot Dense Retrieval without Relevance Labels", "2212.10496", "Researchers from Carnegie Mellon University and the University of Waterloo", Abstract),
        E(114, "FlashAttention: Accurate Attention Algorithm with IO-Awareness", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "2205.14135", "Researchers from Stanford University and the State University of New York", Abstract),
        E(120, "Attention linear bias to achieve input length extrapolation", "Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation", "2108.12409", "Research teams from the University of Washington, FAIR, etc.", Abstract),
        E(126, "Codex: Evaluating Large Language Models Trained on Code", "Evaluating Large Language Models Trained on Code", "2107.03374", "OpenAI", Abstract),
        E(132, "Layer Normalization", "Layer Normalization", "1607.06450", "Researchers at the University of Toronto", Abstract),
        E(138, "Layer Normalization in the Transformer Architecture", "On Layer Normalization in the Transformer Architecture", "2002.04745", "Microsoft", Abstract),
        E(144, "PPO: Proximal Policy Optimization Algorithm", "Proximal Policy Optimization Algorithms", "1707.06347", "OpenAI", Abstract),
        E(150, "WizardCoder: Using Evol-Instruct to enhance the ability of code large language models", "WizardCoder: Empowering Code Large Language Models with Evol-Instruct", "2306.08568", "Researchers from Microsoft and Hong Kong Baptist University", Abstract),
        E(156, "Llama 2: Open-source and fine-tuned chat models", "Llama 2: Open Foundation and Fine-Tuned Chat Models", "2307.09288", "GenAI, Meta", Abstract),
        E(162, "RWKV: Redefining Recurrent Neural Networks (RNNs) for the Transformer Era", "RWKV: Reinventing RNNs for the Transformer Era", "2305.13048", "EleutherAI, University of Barcelona and other research teams", Abstract),
        E(168, "RLAIF: Harmless AI Feedback", "Constitutional AI: Harmlessness from AI Feedback", "2212.08073", "Anthropic", Abstract),
        E(175, "Very large-scale neural networks", "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", "1701.06538", "Google Brain (merged with DeepMind)", Abstract),
        E(181, "CLIP: Learning transferable vision models from natural language supervision", "Learning Transferable Visual Models From Natural Language Supervision", "2103.00020", "OpenAI", Abstract),
        E(187, "ViT: Transformer for Image Recognition at Scale", "An Image is Worth 16×16 Words: Transformers for Image Recognition at Scale", "2010.11929", "Google Research, Brain Team (merged with DeepMind)", Abstract),
        E(193, "Generative Agents: Interactive Simulation of Human Behavior", "Generative Agents: Interactive Simulacra of Human Behavior", "2304.03442", "Stanford University, Google DeepMind researchers", Abstract),
        E(199, "DPO: Direct Preference Optimization Algorithm", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model", "2305.18290", "Stanford University researchers", Abstract),
        E(205, "Consistency Model", "Consistency Models", "2303.01469", "OpenAI", Abstract),
        E(211, "Potential consistency model", "Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference", "2310.04378", "Researchers from Tsinghua University", Abstract),
        E(217, "LCM-LoRA: Universal Stable Diffusion Acceleration Module", "LCM-LoRA: A Universal Stable-Diffusion Acceleration Module", "2311.05556", "Tsinghua University, Hugging Face", Abstract),
        E(223, "Chain-of-Note: Improving the robustness of retrieval-enhanced language models", "Chain-of-Note: Enhancing Robustness in Retrieval-Augmented Language Models", "2311.09210", "Tencent AI Lab", Abstract),
        E(229, "Emerging Capabilities of Large Language Models", "Emergent Abilities of Large Language Models", "2206.07682", "Google Research, Stanford University, UNC, DeepMind", Abstract),
        E(235, "Q-Transformer: Scalable Offline Reinforcement Learning via Autoregressive Q Functions", "Q-Transformer: Scalable Offline Reinforcement Learning via Autoregressive Q-Functions", "2309.10150", "Google DeepMind", Abstract),
        E(241, "Llama Guard", "Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations", "2312.06674", "Meta GenAI", Abstract),
        E(247, "ReSTEM: Beyond Human Data", "Beyond Human Data: Scaling Self-Training for Problem-Solving with Language Models", "2312.06585", "Google DeepMind, Mila", Abstract),
        E(253, "Mixed Expert Models", null, null, "Hugging Face", Blog, isPaper: false),
        E(257, "SPIN: Self-game fine-tuning transforms weak language models into strong language models", "Self-Play Fine-Tuning Converts Weak Language Models to Strong Language Models", "2401.01335", "Researchers from UCLA, Tsinghua University, and the University of California", Abstract),
        E(263, "Self-Instruct: Aligning language models with automatically generated instruction language", "Self-Instruct: Aligning Language Models with Self-Generated Instructions", "2212.10560", "University of Washington, etc.", Abstract),
    ];

    private static ExpectedEntry E(int line, string heading, string? title, string? arxivId, string credit, LinkKind link, bool isPaper = true) =>
        new(line, heading, title, arxivId, null, credit, null, isPaper, link);

    [Fact]
    public void Reads_every_entry_of_article_000_in_order() => ParsedArticleAssert.EntriesEqual(Expected, Article);

    [Fact]
    public void Reads_43_entries() => Assert.Equal(43, Article.Entries.Count);

    [Fact]
    public void Each_entry_has_exactly_its_original_link_with_arxiv_links_normalised()
    {
        Assert.All(Article.Entries, e => Assert.Single(e.Links));
        Assert.All(Article.Entries.Where(e => e.ArxivId is not null),
            e => Assert.Equal(new ParsedLink($"https://arxiv.org/abs/{e.ArxivId}", Abstract), e.Links[0]));
        Assert.Equal(
            new ParsedLink("https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf", Pdf),
            Article.Entries[1].Links[0]);
        Assert.Equal(new ParsedLink("https://huggingface.co/blog/moe", Blog), Article.Entries[40].Links[0]);
    }

    [Fact]
    public void Summaries_are_the_paragraphs_after_the_fields()
    {
        var lines = Seed.Lines(Seed.EugeneYan);

        Assert.Equal(lines[14], Article.Entries[0].Summary);
        Assert.Equal(lines[20] + "\n\n" + lines[21], Article.Entries[1].Summary);
        Assert.Equal(lines[172] + "\n\n" + lines[173], Article.Entries[26].Summary);
        Assert.Equal(lines[251], Article.Entries[39].Summary);
        Assert.Equal(lines[267], Article.Entries[^1].Summary);
    }

    [Fact]
    public void Every_entry_but_the_blog_post_has_an_english_summary()
    {
        Assert.All(Article.Entries.Where(e => e.IsPaper), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.Equal("en", e.SummaryLanguage);
        });
        var blog = Assert.Single(Article.Entries, e => !e.IsPaper);
        Assert.Null(blog.Summary);
        Assert.Null(blog.SummaryLanguage);
    }

    [Fact]
    public void Headings_are_english_and_no_title_is_provisional()
    {
        Assert.All(Article.Entries, e => Assert.Equal("en", e.HeadingLanguage));
        Assert.All(Article.Entries, e => Assert.False(e.TitleIsProvisional));
        Assert.Null(Article.StatedYear);
    }

    [Fact]
    public void Junk_is_not_an_entry_and_is_noted()
    {
        ParsedArticleAssert.NoEntryContains(Article, "Follow the official account", "References", "Collection link", "eugeneyan.com", "Which papers are worth reading");
        ParsedArticleAssert.HasNoteAt(Article, 1, "article introduction");
        ParsedArticleAssert.HasNoteAt(Article, 7, "Collection link:");
        ParsedArticleAssert.HasNoteAt(Article, 9, "Follow the official account");
        ParsedArticleAssert.HasNoteAt(Article, 269, "Follow the official account");
        ParsedArticleAssert.HasNoteAt(Article, 270, "References:");
    }

    [Fact]
    public void A_topic_heading_applies_until_the_next_one()
    {
        const string text = """
            Intro.
            Topic one
            Alpha Paper
            Alpha Paper: The Full Title

            *author:OpenAI
            *original:https://arxiv.org/abs/1706.03762
            Summary of alpha.
            Unrelated topic
            Beta: Spaced Things
            Beta Spaced Things, Fully

            *author:Microsoft
            *original:https://arxiv.org/pdf/2309.06180.pdf
            Summary of beta.
            Gamma Heading
            Gamma Heading Title

            *source:Someone
            *original:https://github.com/a/b
            """;

        var article = new StarredFieldsParser().Parse(text);

        Assert.Equal(
        [
            new ExpectedEntry(3, "Alpha Paper", "Alpha Paper: The Full Title", "1706.03762", null, "OpenAI", "Topic one", true, Abstract),
            new ExpectedEntry(10, "Beta: Spaced Things", "Beta Spaced Things, Fully", "2309.06180", null, "Microsoft", "Unrelated topic", true, Abstract),
            new ExpectedEntry(16, "Gamma Heading", "Gamma Heading Title", null, null, "Someone", "Unrelated topic", true, Code),
        ], article.Entries.Select(ExpectedEntry.Of));
        Assert.Equal("Summary of beta.", article.Entries[1].Summary);
    }

    [Fact]
    public void Fields_without_a_heading_are_noted_not_invented()
    {
        var article = new StarredFieldsParser().Parse("*author:OpenAI\n*original:https://arxiv.org/abs/1706.03762\nText.");

        Assert.Empty(article.Entries);
        ParsedArticleAssert.HasNoteAt(article, 1, "without a heading");
    }

    [Fact]
    public void Text_without_fields_has_no_entries_and_says_so()
    {
        var article = new StarredFieldsParser().Parse("Just a title\n\nSome text.");

        Assert.Empty(article.Entries);
        ParsedArticleAssert.HasNoteAt(article, 1, "No entries found");
    }
}
