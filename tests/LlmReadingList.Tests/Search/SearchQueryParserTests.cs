using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static QueryTerm Word(string text) => new(QueryTermKind.Word, text);

    private static QueryTerm Phrase(string text) => new(QueryTermKind.Phrase, text);

    private static QueryTerm Cjk(string text) => new(QueryTermKind.Cjk, text);

    private static IReadOnlyList<QueryTerm> Single(ParsedQuery query) => Assert.Single(query.Groups);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\0\u0001\u001b\u007f")]
    [InlineData("\u200b\u200e\u202e\ufeff")]
    public void Nothing_searchable_is_an_empty_query(string? raw)
    {
        var query = SearchQueryParser.Parse(raw);

        Assert.False(query.HasSearchTerms);
        Assert.Empty(query.Excluded);
        Assert.Equal(string.Empty, query.Text);
    }

    [Fact]
    public void Plain_words_are_one_group_of_words()
    {
        var query = SearchQueryParser.Parse("  attention   is all you need ");

        Assert.Equal("attention is all you need", query.Text);
        Assert.Equal([Word("attention"), Word("is"), Word("all"), Word("you"), Word("need")], Single(query));
        Assert.True(query.IsPlainWords);
    }

    [Theory]
    [InlineData("GPT-4", "GPT-4")]
    [InlineData("o'reilly", "o'reilly")]
    [InlineData("Compute-Optimal", "Compute-Optimal")]
    [InlineData("(lora)", "(lora)")]
    [InlineData("--lora", null)]
    public void Words_keep_inner_punctuation_for_postgresql_to_split(string raw, string? word)
    {
        var query = SearchQueryParser.Parse(raw);

        if (word is null)
        {
            Assert.False(query.HasSearchTerms);
            Assert.Equal([Word("lora")], query.Excluded);
        }
        else
        {
            Assert.Equal([Word(word)], Single(query));
        }
    }

    [Fact]
    public void Quoted_words_are_a_phrase_and_unbalanced_quotes_run_to_the_end()
    {
        Assert.Equal([Phrase("attention is all you need"), Word("2017x")], Single(SearchQueryParser.Parse("\"attention is all you need\" 2017x")));
        Assert.Equal([Word("ring"), Phrase("blockwise transformers")], Single(SearchQueryParser.Parse("ring \"blockwise transformers")));
        Assert.Equal([Phrase("rock or roll")], Single(SearchQueryParser.Parse("\"rock or roll\"")));
        Assert.False(SearchQueryParser.Parse("\"\"").HasSearchTerms);
        Assert.False(SearchQueryParser.Parse("\"").HasSearchTerms);
    }

    [Fact]
    public void Typographic_and_full_width_quotes_are_quotes()
    {
        Assert.Equal([Phrase("low rank")], Single(SearchQueryParser.Parse("“low rank”")));
        Assert.Equal([Phrase("low rank")], Single(SearchQueryParser.Parse("＂low rank＂")));
        Assert.Equal([Cjk("注意力")], Single(SearchQueryParser.Parse("「注意力」")));
    }

    [Fact]
    public void A_leading_dash_excludes_a_word_or_phrase()
    {
        var query = SearchQueryParser.Parse("transformer -rnn -\"long short\" - -- x-ray");

        Assert.Equal([Word("transformer"), Word("x-ray")], Single(query));
        Assert.Equal([Word("rnn"), Phrase("long short")], query.Excluded);
    }

    [Fact]
    public void Or_between_terms_starts_another_group()
    {
        var query = SearchQueryParser.Parse("lora adapters OR qlora or \"prefix tuning\"");

        Assert.Equal(3, query.Groups.Count);
        Assert.Equal([Word("lora"), Word("adapters")], query.Groups[0]);
        Assert.Equal([Word("qlora")], query.Groups[1]);
        Assert.Equal([Phrase("prefix tuning")], query.Groups[2]);
        Assert.False(query.IsPlainWords);
    }

    [Theory]
    [InlineData("or lora")]
    [InlineData("lora or")]
    [InlineData("or or lora or or")]
    public void A_dangling_or_is_ignored(string raw) => Assert.Equal([Word("lora")], Single(SearchQueryParser.Parse(raw)));

    [Theory]
    [InlineData("lora 2021", "lora", 2021, 2021)]
    [InlineData("2021 lora", "lora", 2021, 2021)]
    [InlineData("scaling 2020-2023", "scaling", 2020, 2023)]
    [InlineData("scaling 2023..2020", "scaling", 2020, 2023)]
    [InlineData("scaling 2020–2022", "scaling", 2020, 2022)]
    [InlineData("gpt 2019 2020", "gpt", 2019, 2020)]
    [InlineData("２０２１ lora", "lora", 2021, 2021)]
    public void Four_digit_years_are_year_filters(string raw, string rest, int from, int to)
    {
        var query = SearchQueryParser.Parse(raw);

        Assert.Equal([Word(rest)], Single(query));
        Assert.Equal(new YearRange(from, to), query.Years);
        Assert.Equal(rest, query.TextWithoutYears);
        Assert.NotEmpty(query.YearTokens);
    }

    [Theory]
    [InlineData("\"2021\"")]
    [InlineData("-2021")]
    [InlineData("1024")]
    [InlineData("99999")]
    [InlineData("1949")]
    [InlineData("2101")]
    [InlineData("2021a")]
    public void Other_numbers_stay_text(string raw)
    {
        var query = SearchQueryParser.Parse(raw);

        Assert.Null(query.Years);
        Assert.Empty(query.YearTokens);
    }

    [Fact]
    public void A_year_alone_leaves_nothing_to_search()
    {
        var query = SearchQueryParser.Parse("2021");

        Assert.False(query.HasSearchTerms);
        Assert.Equal(new YearRange(2021, 2021), query.Years);
        Assert.Equal(string.Empty, query.TextWithoutYears);
    }

    [Fact]
    public void Chinese_runs_are_cjk_terms_and_mixed_tokens_split()
    {
        Assert.Equal([Cjk("注意力")], Single(SearchQueryParser.Parse("注意力")));
        Assert.Equal([Word("transformer"), Cjk("注意力")], Single(SearchQueryParser.Parse("transformer 注意力")));
        Assert.Equal([Word("Llama2"), Word("(LLM-Shearing)"), Cjk("剪枝")], Single(SearchQueryParser.Parse("Llama2剪枝(LLM-Shearing)")));
        Assert.Equal([Cjk("环注意力"), Cjk("上下文")], Single(SearchQueryParser.Parse("环注意力，上下文")).ToList());
        Assert.Equal([Cjk("注意")], SearchQueryParser.Parse("lora -注意").Excluded);
    }

    [Fact]
    public void Chinese_inside_quotes_stays_a_cjk_run()
    {
        var terms = Single(SearchQueryParser.Parse("\"ring 注意力\""));

        Assert.Equal([Phrase("ring"), Cjk("注意力")], terms);
    }

    [Theory]
    [InlineData("a & b | !c")]
    [InlineData("'; DROP TABLE paper; --")]
    [InlineData(":* \\ <-> ( ) ''")]
    [InlineData("lora:*")]
    [InlineData("\"unbalanced")]
    [InlineData("🦙🦙 llama")]
    [InlineData("👩‍👩‍👧 family")]
    public void Syntax_of_other_languages_is_just_text(string raw)
    {
        var query = SearchQueryParser.Parse(raw);

        Assert.All(query.PositiveTerms.Concat(query.Excluded), t => Assert.DoesNotContain('"', t.Text));
        Assert.All(query.PositiveTerms.Concat(query.Excluded), t => Assert.False(t.Text.StartsWith('-')));
        Assert.All(query.PositiveTerms.Concat(query.Excluded), t => Assert.Contains(t.Text, c => char.IsLetterOrDigit(c)));
    }

    [Fact]
    public void Symbols_without_letters_are_no_terms()
    {
        Assert.False(SearchQueryParser.Parse("& | ! :* \\ <-> ( ) 🦙 — …").HasSearchTerms);
        Assert.Equal([Word("llama")], Single(SearchQueryParser.Parse("🦙 llama")));
    }

    [Fact]
    public void Control_and_format_characters_are_removed()
    {
        var query = SearchQueryParser.Parse("at\u00adten\u200btion\0is\u0007all\u001b[31m");

        Assert.Equal("attention is all [31m", query.Text);
        Assert.DoesNotContain(query.Text, char.IsControl);
    }

    [Fact]
    public void Lone_surrogates_become_spaces()
    {
        var query = SearchQueryParser.Parse("lora\ud800rank\udc00");

        Assert.Equal("lora rank", query.Text);
    }

    [Fact]
    public void Long_queries_are_cut_at_a_space_near_the_limit()
    {
        var raw = string.Concat(Enumerable.Repeat("attention ", 1000));

        var query = SearchQueryParser.Parse(raw);

        Assert.True(query.Truncated);
        Assert.True(query.Text.Length <= SearchQueryParser.MaxLength);
        Assert.EndsWith("attention", query.Text, StringComparison.Ordinal);
        Assert.Equal([Word("attention")], Single(query));
    }

    [Fact]
    public void Long_words_are_cut_hard_and_never_split_a_surrogate_pair()
    {
        var query = SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("🦙", 10_000)) + "x");

        Assert.True(query.Truncated);
        Assert.True(query.Text.Length <= SearchQueryParser.MaxLength);
        Assert.False(char.IsHighSurrogate(query.Text[^1]));
    }

    [Fact]
    public void Ten_thousand_chinese_characters_are_cut_too()
    {
        var query = SearchQueryParser.Parse(new string('注', 10_000));

        Assert.Equal(SearchQueryParser.MaxLength, Assert.Single(Single(query)).Text.Length);
    }

    [Fact]
    public void Terms_beyond_the_limit_are_dropped()
    {
        var query = SearchQueryParser.Parse(string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}")));

        Assert.True(query.TermsDropped);
        Assert.Equal(SearchQueryParser.MaxTerms, Single(query).Count);
    }

    [Fact]
    public void Repeated_terms_count_once() =>
        Assert.Equal([Word("lora")], Single(SearchQueryParser.Parse("lora lora lora")));

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(20261122);
        var alphabet = "ab注意力 \"-'&|!:*\\<>()\0\t\u200b🦙０２０２１or2021-2022".ToCharArray();
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(0, 300);
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var query = SearchQueryParser.Parse(new string(chars));
            _ = SearchTextQuery.From(query);
            Assert.True(query.Text.Length <= SearchQueryParser.MaxLength);
        }
    }
}
