using LlmReadingList.Catalog.Search;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Search;

/// <summary>The search examples on the real imported seed: typos, prefixes, years, phrases, exclusions, Chinese.</summary>
public sealed class SeedSearchTests(SeedSearchTests.Seeded catalog) : IClassFixture<SeedSearchTests.Seeded>
{
    [Theory]
    [InlineData("atention is all you need", "Attention Is All You Need")]
    [InlineData("retreival augmented generation", "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks")]
    [InlineData("chinchil", "Training Compute-Optimal Large Language Models")]
    [InlineData("chinch", "Training Compute-Optimal Large Language Models")]
    [InlineData("Chinchilla", "Training Compute-Optimal Large Language Models")]
    [InlineData("lora 2021", "LoRA: Low-Rank Adaptation of Large Language Models")]
    [InlineData("\"few-shot learners\"", "Language Models are Few-Shot Learners")]
    [InlineData("环注意力", "Ring Attention with Blockwise Transformers for Near-Infinite Context")]
    [InlineData("剪枝", "Sheared LLaMA: Accelerating Language Model Pre-training via Structured Pruning")]
    [InlineData("多方法自我训练", "Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa")]
    public async Task The_paper_a_reader_means_comes_first(string q, string title)
    {
        var titles = await catalog.TitlesAsync(q);

        Assert.True(titles.Count > 0 && titles[0] == title, $"\"{q}\" gave: {string.Join(" | ", titles.Take(5))}");
    }

    [Theory]
    [InlineData("retreival augmented", "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", "Chain-of-Note: Enhancing Robustness in Retrieval-Augmented Language Models")]
    [InlineData("注意力", "Ring Attention with Blockwise Transformers for Near-Infinite Context", "Efficient Memory Management for Large Language Model Serving with PagedAttention")]
    public async Task A_query_two_papers_answer_equally_well_puts_both_on_top(string q, string first, string second)
    {
        var titles = await catalog.TitlesAsync(q);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), titles.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_year_typed_in_the_query_is_a_filter()
    {
        var results = await catalog.SearchAsync(new(Q: "lora 2021"));

        Assert.All(results.Hits, h => Assert.Equal(2021, h.Year));
    }

    [Fact]
    public async Task Excluded_words_remove_papers()
    {
        var with = await catalog.TitlesAsync("retrieval");
        var without = await catalog.TitlesAsync("retrieval -dense");

        Assert.Contains("Dense Passage Retrieval for Open-Domain Question Answering", with);
        Assert.DoesNotContain("Dense Passage Retrieval for Open-Domain Question Answering", without);
        Assert.NotEmpty(without);
    }

    [Fact]
    public async Task A_chinese_query_finds_the_paper_by_its_chinese_summary_and_shows_its_english_title()
    {
        var results = await catalog.SearchAsync(new(Q: "键值块"));

        var hit = Assert.Single(results.Hits);
        Assert.Equal("Ring Attention with Blockwise Transformers for Near-Infinite Context", hit.Title);
        Assert.NotNull(hit.Snippet);
    }

    public sealed class Seeded : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ImportSeedAsync();
        }

        public async Task<SearchResults> SearchAsync(SearchParameters parameters)
        {
            var (request, errors) = SearchRequest.Create(parameters);
            Assert.Empty(errors);
            await using var db = CreateDbContext();
            return await new CatalogSearch(db).SearchAsync(request!, CancellationToken.None);
        }

        public async Task<IReadOnlyList<string>> TitlesAsync(string q) =>
            (await SearchAsync(new(Q: q))).Hits.Select(h => h.Title).ToList();
    }
}
