using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

public sealed class CjkTextTests
{
    [Theory]
    [InlineData("注意力", "'注意' <-> '意力'")]
    [InlineData("注意", "'注意'")]
    [InlineData("环", "'环':*")]
    [InlineData("环注意力", "'环注' <-> '注意' <-> '意力'")]
    public void A_run_becomes_a_phrase_of_its_bigrams(string run, string tsquery) => Assert.Equal(tsquery, CjkText.BigramPhrase(run));

    [Theory]
    [InlineData("it's", "'it''s'")]
    [InlineData("a\\b", "'a\\\\b'")]
    [InlineData("注意", "'注意'")]
    public void Lexemes_are_quoted_for_the_tsquery_input_function(string text, string lexeme) => Assert.Equal(lexeme, CjkText.Lexeme(text));

    [Theory]
    [InlineData('注', true)]
    [InlineData('㐀', true)]
    [InlineData('豈', true)]
    [InlineData('，', false)]
    [InlineData('あ', false)]
    [InlineData('a', false)]
    public void Only_the_ranges_the_index_uses_are_ideographs(char c, bool expected) => Assert.Equal(expected, CjkText.IsIndexedIdeograph(c));
}
