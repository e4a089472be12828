using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// The web app over a hand-made catalog with the papers readers search for most (and their Chinese titles and
/// summaries), a merged duplicate, an undated paper and 25 look-alike papers to page through.
/// </summary>
public sealed class SearchCatalog : CatalogWebApp
{
    public const string AttentionTitle = "Attention Is All You Need";
    public const string ChinchillaTitle = "Training Compute-Optimal Large Language Models";
    public const string LoraTitle = "LoRA: Low-Rank Adaptation of Large Language Models";
    public const string RagTitle = "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks";
    public const string RingTitle = "Ring Attention with Blockwise Transformers for Near-Infinite Context";
    public const string QloraTitle = "QLoRA: Efficient Finetuning of Quantized LLMs";
    public const string Gpt3Title = "Language Models are Few-Shot Learners";
    public const string LstmTitle = "Long Short-Term Memory";
    public const string SurveyTitle = "A Survey of Large Language Models";
    public const string DuplicateTitle = "Attention is all you need (duplicate record)";
    public const string ScriptTitle = "Prompt Injection Attacks against <script> Tags";
    public const int MixturePapers = 25;

    /// <summary>Every paper a browse lists: all but the merged duplicate.</summary>
    public const int VisiblePapers = 11 + MixturePapers - 1;

    public async Task<SearchResults> SearchAsync(SearchParameters parameters)
    {
        var (request, errors) = SearchRequest.Create(parameters);
        Assert.Empty(errors);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(request!, CancellationToken.None);
    }

    public async Task<IReadOnlyList<string>> TitlesAsync(string? q, SearchParameters? parameters = null) =>
        (await SearchAsync((parameters ?? new SearchParameters()) with { Q = q })).Hits.Select(h => h.Title).ToList();

    protected override async Task SeedAsync()
    {
        await using var db = CreateDbContext();
        var catalog = new CatalogBuilder(db);

        var attention = catalog.Paper(AttentionTitle, 2017, "1706.03762", "Ashish Vaswani", "Noam Shazeer");
        catalog.AlternativeTitle(attention, "注意力就是你所需要的一切", "zh");
        catalog.Summary(attention, "eugene-yan", "The **Transformer** replaces recurrence and convolutions entirely with self-attention, and trains much faster on translation.");
        catalog.Summary(attention, "zh-roundup", "提出了Transformer架构，完全基于注意力机制，摒弃了循环和卷积。", "zh");
        Organization(catalog, attention, "Google Brain");

        var chinchilla = catalog.Paper(ChinchillaTitle, 2022, "2203.15556", "Jordan Hoffmann");
        catalog.AlternativeTitle(chinchilla, "Chinchilla", "en");
        catalog.Summary(chinchilla, "eugene-yan", "Model size and the number of training tokens should be scaled equally for compute-optimal training.");
        Organization(catalog, chinchilla, "DeepMind");

        var lora = catalog.Paper(LoraTitle, 2021, "2106.09685", "Edward Hu");
        catalog.Summary(lora, "eugene-yan", "LoRA freezes the pretrained weights and injects trainable rank decomposition matrices into each Transformer layer.");
        Organization(catalog, lora, "Microsoft");

        var rag = catalog.Paper(RagTitle, 2020, "2005.11401", "Patrick Lewis");
        catalog.Summary(rag, "eugene-yan", "RAG combines a parametric seq2seq model with a non-parametric memory: a dense vector index of [Wikipedia](https://en.wikipedia.org).");

        var ring = catalog.Paper(RingTitle, 2023, "2310.01889", "Hao Liu");
        catalog.Summary(ring, "zh-roundup", "提出环注意力，利用分块计算把长序列分布到多个设备上，实现近乎无限的上下文。", "zh");

        var qlora = catalog.Paper(QloraTitle, 2023, "2305.14314", "Tim Dettmers");
        catalog.Summary(qlora, "eugene-yan", "QLoRA backpropagates through a frozen 4-bit quantized model into low-rank adapters.");

        var gpt3 = catalog.Paper(Gpt3Title, 2020, "2005.14165");
        catalog.Summary(gpt3, "eugene-yan", "GPT-3, a 175B parameter autoregressive model, shows strong few-shot learning without gradient updates.");

        var lstm = catalog.Paper(LstmTitle, 1997);
        catalog.Summary(lstm, "eugene-yan", "Recurrent networks with gated memory cells learn long-range dependencies.");

        var survey = catalog.Paper(SurveyTitle);
        catalog.Summary(survey, "eugene-yan", "An overview of pre-training, adaptation tuning, utilization and capacity evaluation.");

        var injection = catalog.Paper(ScriptTitle, 2024);
        catalog.Summary(injection, "eugene-yan", "<script>alert('xss')</script> Untrusted transformer output & <b>markup</b> must be escaped.");

        var duplicate = catalog.Paper(DuplicateTitle, 2017);
        catalog.Summary(duplicate, "eugene-yan", "Attention is all you need, imported twice.");
        duplicate.MergedInto = attention;

        var mixture = new List<Paper>();
        for (var i = 1; i <= MixturePapers; i++)
        {
            var paper = catalog.Paper($"Sparse Mixture of Experts Study {i}", 2000 + i % 20);
            catalog.Summary(paper, "eugene-yan", $"Routing tokens to a mixture of experts, variant {i}.");
            mixture.Add(paper);
        }

        catalog.List("llm-reading-list", "LLM Reading List", attention, chinchilla, lora, rag, qlora, gpt3);
        catalog.List("zh-roundup", "大模型论文清单", attention, ring);
        catalog.Tag("transformers", "Transformers", attention, ring, lora);
        catalog.Tag("fine-tuning", "Fine-tuning", lora, qlora);
        catalog.Tag("scaling", "Scaling", chinchilla, gpt3);
        await catalog.SaveAsync();
    }

    private static void Organization(CatalogBuilder catalog, Paper paper, string name) =>
        paper.Authors.Add(new PaperAuthor { Author = catalog.Author(name, AuthorKind.Organization), Position = paper.Authors.Count });
}
