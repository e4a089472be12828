using LlmReadingList.Catalog.Search;
using static LlmReadingList.Tests.Search.SearchCatalog;

namespace LlmReadingList.Tests.Search;

/// <summary>What search finds and in which order, through <see cref="CatalogSearch"/> on real PostgreSQL.</summary>
public sealed class CatalogSearchTests(SearchCatalog catalog) : IClassFixture<SearchCatalog>
{
    [Theory]
    [InlineData("Attention Is All You Need", AttentionTitle)]
    [InlineData("attention is all you need", AttentionTitle)]
    [InlineData("ATTENTION: is all you need!", AttentionTitle)]
    [InlineData("all you need attention", AttentionTitle)]
    [InlineData("atention is all you need", AttentionTitle)]
    [InlineData("attention is all you ned", AttentionTitle)]
    [InlineData("retreival augmented", RagTitle)]
    [InlineData("retrieval augmented generation", RagTitle)]
    [InlineData("chinchil", ChinchillaTitle)]
    [InlineData("chinchilla", ChinchillaTitle)]
    [InlineData("compute optimal", ChinchillaTitle)]
    [InlineData("low rank adaption", LoraTitle)]
    [InlineData("lora", LoraTitle)]
    [InlineData("ring atention blockwise", RingTitle)]
    [InlineData("languge models few shot", Gpt3Title)]
    public async Task Titles_are_found_however_they_are_typed(string q, string title) =>
        Assert.Equal(title, (await catalog.TitlesAsync(q))[0]);

    [Fact]
    public async Task Title_matches_rank_above_summary_mentions()
    {
        var titles = await catalog.TitlesAsync("attention");

        Assert.Equal([AttentionTitle, RingTitle], titles.Take(2).Order());
        Assert.DoesNotContain(DuplicateTitle, titles);
    }

    [Fact]
    public async Task Summaries_are_searched_with_english_stemming()
    {
        Assert.Equal([ChinchillaTitle], await catalog.TitlesAsync("tokens scaled equally"));
        Assert.Equal([LoraTitle], await catalog.TitlesAsync("injecting decompositions"));
    }

    [Fact]
    public async Task A_year_in_the_query_filters_by_year()
    {
        var results = await catalog.SearchAsync(new(Q: "lora 2021"));

        Assert.Equal([LoraTitle], results.Hits.Select(h => h.Title));
        Assert.DoesNotContain(LoraTitle, await catalog.TitlesAsync("lora 2023"));
        Assert.Equal([QloraTitle], await catalog.TitlesAsync("finetuning 2023"));
        Assert.Equal([Gpt3Title, LoraTitle, ChinchillaTitle], await catalog.TitlesAsync("language models 2020-2022", new(Sort: "oldest")));
    }

    [Fact]
    public async Task Year_parameters_filter_and_intersect()
    {
        Assert.Equal([Gpt3Title, RagTitle], (await catalog.TitlesAsync("", new(Year: "2020"))).Order());
        Assert.Equal([LoraTitle], await catalog.TitlesAsync("lora", new(From: "2021", To: "2022")));
        Assert.Empty(await catalog.TitlesAsync("lora 2021", new(Year: "2023")));
    }

    [Fact]
    public async Task Quoted_phrases_match_words_in_order()
    {
        Assert.Equal([LoraTitle], await catalog.TitlesAsync("\"rank decomposition\""));
        Assert.Empty(await catalog.TitlesAsync("\"decomposition rank\""));
    }

    [Fact]
    public async Task Excluded_words_remove_papers()
    {
        var withRecurrence = await catalog.TitlesAsync("transformer");
        var without = await catalog.TitlesAsync("transformer -recurrence");

        Assert.Contains(AttentionTitle, withRecurrence);
        Assert.DoesNotContain(AttentionTitle, without);
        Assert.Contains(LoraTitle, without);
        Assert.Contains(RingTitle, without);
    }

    [Fact]
    public async Task Or_finds_either() =>
        Assert.Equal([QloraTitle, ChinchillaTitle], (await catalog.TitlesAsync("chinchilla or qlora")).Order());

    [Fact]
    public async Task Chinese_finds_chinese_titles_and_summaries_and_shows_english_titles()
    {
        Assert.Equal([AttentionTitle, RingTitle], (await catalog.TitlesAsync("注意力")).Order());
        Assert.Equal([RingTitle], await catalog.TitlesAsync("环注意力"));
        Assert.Equal([RingTitle], await catalog.TitlesAsync("上下文"));
        Assert.Equal([AttentionTitle], await catalog.TitlesAsync("注意力就是"));
        Assert.Empty(await catalog.TitlesAsync("意力环"));
    }

    [Fact]
    public async Task A_chinese_title_match_ranks_above_a_summary_match() =>
        Assert.Equal(AttentionTitle, (await catalog.TitlesAsync("注意力"))[0]);

    [Fact]
    public async Task Chinese_hits_get_a_snippet_around_the_run()
    {
        var hit = Assert.Single((await catalog.SearchAsync(new(Q: "环注意力"))).Hits);

        Assert.NotNull(hit.Snippet);
        Assert.Contains(new SnippetPart("环注意力", true), hit.Snippet.Parts);
        Assert.Contains("多个设备", hit.Snippet.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_english_and_chinese_queries_need_both()
    {
        var titles = await catalog.TitlesAsync("transformer 注意力");

        Assert.Equal([AttentionTitle, RingTitle], titles.Order());
        Assert.Equal([AttentionTitle], await catalog.TitlesAsync("attention -环注意力"));
        Assert.Equal([RingTitle, ChinchillaTitle], (await catalog.TitlesAsync("chinchilla or 环注意力")).Order());
    }

    [Fact]
    public async Task English_hits_get_a_highlighted_headline()
    {
        var hit = (await catalog.SearchAsync(new(Q: "convolutions"))).Hits[0];

        Assert.Equal(AttentionTitle, hit.Title);
        Assert.Contains(new SnippetPart("convolutions", true), hit.Snippet!.Parts);
        Assert.DoesNotContain("**", hit.Snippet.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_query_lists_the_newest_papers_with_facets()
    {
        var results = await catalog.SearchAsync(new());

        Assert.Equal(VisiblePapers, results.Total);
        Assert.False(results.IsCapped);
        Assert.Equal(ScriptTitle, results.Hits[0].Title);
        Assert.Equal(SearchRequest.PageSize, results.Hits.Count);
        Assert.Contains(results.Facets.Tags, f => f is { Value: "transformers", Count: 3 });
        Assert.Contains(results.Facets.Organizations, f => f is { Value: "google-brain", Label: "Google Brain", Count: 1 });
        Assert.Contains(results.Facets.Authors, f => f is { Value: "edward-hu", Count: 1 });
        Assert.Contains(results.Facets.Lists, f => f is { Value: "llm-reading-list", Count: 6 });
        Assert.Contains(results.Facets.Languages, f => f is { Value: "zh", Count: 2 });
        Assert.Contains(results.Facets.Years, f => f is { Value: "2023", Count: 2 });
    }

    [Fact]
    public async Task Facet_values_narrow_the_results()
    {
        Assert.Equal([LoraTitle, QloraTitle], (await catalog.TitlesAsync("", new(Tag: "fine-tuning"))).Order());
        Assert.Equal([LoraTitle], await catalog.TitlesAsync("", new(Author: "edward-hu")));
        Assert.Equal([AttentionTitle], await catalog.TitlesAsync("", new(Author: "google-brain")));
        Assert.Equal([AttentionTitle, RingTitle], (await catalog.TitlesAsync("", new(List: "zh-roundup"))).Order());
        Assert.Equal([AttentionTitle, RingTitle], (await catalog.TitlesAsync("", new(Lang: "zh"))).Order());
        Assert.Equal([LoraTitle], await catalog.TitlesAsync("transformer", new(Tag: "fine-tuning")));

        var narrowed = await catalog.SearchAsync(new(Q: "transformer", Tag: "transformers"));
        Assert.All(narrowed.Facets.Tags.Where(t => t.Value == "transformers"), t => Assert.Equal(narrowed.Total, t.Count));
    }

    [Fact]
    public async Task Unknown_slugs_find_nothing_and_say_so()
    {
        var results = await catalog.SearchAsync(new(Author: "nobody-at-all"));

        Assert.Equal(0, results.Total);
        Assert.Null(results.FilterNames.Author);
        Assert.Equal("Transformers", (await catalog.SearchAsync(new(Tag: "transformers"))).FilterNames.Tag);
    }

    [Fact]
    public async Task Sorts_order_the_results()
    {
        var newest = await catalog.SearchAsync(new(Q: "language models", Sort: "newest"));
        var oldest = await catalog.SearchAsync(new(Q: "language models", Sort: "oldest"));
        var byTitle = await catalog.SearchAsync(new(Q: "language models", Sort: "title"));

        Assert.Equal(newest.Hits.Select(h => h.Year ?? int.MinValue).OrderDescending(), newest.Hits.Select(h => h.Year ?? int.MinValue));
        Assert.Null(newest.Hits[^1].Year);
        Assert.Null(oldest.Hits[^1].Year);
        Assert.Equal(oldest.Hits.SkipLast(1).Select(h => h.Year).Order(), oldest.Hits.SkipLast(1).Select(h => h.Year));
        Assert.Equal(byTitle.Hits.Select(h => h.Title.ToLowerInvariant()).Order(StringComparer.Ordinal), byTitle.Hits.Select(h => h.Title.ToLowerInvariant()));
        Assert.Equal(newest.Total, byTitle.Total);
    }

    [Fact]
    public async Task Pages_split_the_results_without_overlap()
    {
        var first = await catalog.SearchAsync(new(Q: "mixture experts"));
        var second = await catalog.SearchAsync(new(Q: "mixture experts", Page: "2"));
        var third = await catalog.SearchAsync(new(Q: "mixture experts", Page: "3"));

        Assert.Equal(MixturePapers, first.Total);
        Assert.Equal(SearchRequest.PageSize, first.Hits.Count);
        Assert.Equal(MixturePapers - SearchRequest.PageSize, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Empty(third.Hits);
        Assert.Equal(MixturePapers, third.Total);
    }

    [Fact]
    public async Task Nothing_found_suggests_a_close_title()
    {
        var results = await catalog.SearchAsync(new(Q: "retrieval augmented generation xyzzy"));

        Assert.Empty(results.Hits);
        Assert.Equal(RagTitle, results.Suggestion?.Title);
        Assert.Null((await catalog.SearchAsync(new(Q: "xyzzy plugh"))).Suggestion);
        // a misspelt word alone is corrected against the titles' words, so it finds rather than suggests
        Assert.Equal(RagTitle, (await catalog.TitlesAsync("retreival"))[0]);
    }

    [Fact]
    public async Task Merged_papers_never_appear()
    {
        Assert.DoesNotContain(DuplicateTitle, await catalog.TitlesAsync("imported twice"));
        Assert.DoesNotContain(DuplicateTitle, await catalog.TitlesAsync("duplicate record"));
    }

    [Fact]
    public async Task A_query_of_only_exclusions_lists_papers_without_them()
    {
        var results = await catalog.SearchAsync(new(Q: "-transformer"));

        Assert.Equal(VisiblePapers - 4, results.Total);
    }

    [Theory]
    [InlineData("the of and")]
    [InlineData("& | ! :* \\ <-> ( )")]
    [InlineData("'; DROP TABLE paper; --")]
    [InlineData("lora:* & !qlora")]
    [InlineData("\"unbalanced")]
    [InlineData("🦙")]
    [InlineData("环")]
    [InlineData("力")]
    public async Task Odd_queries_return_results_or_nothing_but_never_fail(string q)
    {
        var results = await catalog.SearchAsync(new(Q: q));

        Assert.InRange(results.Total, 0, VisiblePapers);
    }

    [Fact]
    public async Task The_psql_script_runs_exactly_the_apps_statement()
    {
        var (request, _) = SearchRequest.Create(new(Q: "transformer 注意力 -rnn 2017", Sort: "relevance"));
        var script = SearchStatement.For(request!).ToPsql();

        await using var connection = await catalog.DataSource.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(script, connection);
        string? json = null;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            do
            {
                if (reader.FieldCount == 1 && reader.GetDataTypeName(0) == "json" && await reader.ReadAsync())
                {
                    json = reader.GetString(0);
                }
            }
            while (await reader.NextResultAsync());
        }

        Assert.NotNull(json);
        Assert.Contains(AttentionTitle, json, StringComparison.Ordinal);
        Assert.DoesNotContain(RingTitle, json, StringComparison.Ordinal);
    }
}
