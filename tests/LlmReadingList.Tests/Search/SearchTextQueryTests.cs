using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

public sealed class SearchTextQueryTests
{
    private static SearchTextQuery For(string raw) => SearchTextQuery.From(SearchQueryParser.Parse(raw));

    [Fact]
    public void Plain_words_search_text_and_titles()
    {
        var text = For("Atention is all you need");

        Assert.Equal(["Atention is all you need"], text.EnglishGroups);
        Assert.Equal([""], text.CjkGroups);
        Assert.Equal("atention is all you need", text.TitleText);
        Assert.Equal("atention is all you need", text.SuggestionText);
        Assert.False(text.Browse);
    }

    [Fact]
    public void Phrases_and_or_groups_become_web_search_text_without_title_matching()
    {
        var text = For("\"low rank\" adapters or qlora");

        Assert.Equal(["\"low rank\" adapters", "qlora"], text.EnglishGroups);
        Assert.Null(text.TitleText);
    }

    [Fact]
    public void Exclusions_are_joined_by_or()
    {
        var text = For("transformer -rnn -\"long short\" -注意力 -环");

        Assert.Equal("\"rnn\" or \"long short\"", text.EnglishExcluded);
        Assert.Equal("('注意' <-> '意力') | ('环':*)", text.CjkExcluded);
    }

    [Fact]
    public void Chinese_runs_become_bigram_phrases_per_group()
    {
        var text = For("transformer 注意力 上下文 or 环注意力");

        Assert.Equal(["transformer", ""], text.EnglishGroups);
        Assert.Equal(["('注意' <-> '意力') & ('上下' <-> '下文')", "('环注' <-> '注意' <-> '意力')"], text.CjkGroups);
        Assert.Equal(["注意力", "上下文", "环注意力"], text.CjkRuns);
        Assert.Null(text.TitleText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2021")]
    [InlineData("-transformer")]
    [InlineData("🦙 & |")]
    public void Nothing_to_search_for_browses(string raw)
    {
        var text = For(raw);

        Assert.True(text.Browse);
        Assert.Empty(text.EnglishGroups);
        Assert.Null(text.TitleText);
        Assert.Null(text.SuggestionText);
    }

    [Fact]
    public void Too_few_letters_for_trigrams_skip_title_matching()
    {
        Assert.Null(For("ai").TitleText);
        Assert.Equal("rag", For("RAG").TitleText);
    }
}
