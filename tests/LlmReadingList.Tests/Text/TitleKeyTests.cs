using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Tests.Text;

public class TitleKeyTests
{
    [Theory]
    [InlineData("Attention Is All You Need")]
    [InlineData("Attention is all you need")]
    [InlineData("attention  is all-you need!")]
    [InlineData("  “Attention Is All You Need.”  ")]
    [InlineData("Ａｔｔｅｎｔｉｏｎ Is All You Need")]
    [InlineData("Attention\tIs\nAll You—Need")]
    public void Spellings_of_one_title_share_a_key(string title) =>
        Assert.Equal("attention is all you need", TitleKey.For(title));

    [Theory]
    [InlineData("An Image is Worth 16×16 Words: Transformers for Image Recognition at Scale", "an image is worth 16x16 words transformers for image recognition at scale")]
    [InlineData("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", "an image is worth 16x16 words transformers for image recognition at scale")]
    [InlineData("Dense Passage Retrieval for Open-Domain Question Answering", "dense passage retrieval for open domain question answering")]
    [InlineData("ProtTrans: Towards Cracking the Language of Life’s Code Through Self-Supervised Learning", "prottrans towards cracking the language of lifes code through self supervised learning")]
    [InlineData("Train Short, Test Long: Attention with Linear Biases", "train short test long attention with linear biases")]
    [InlineData("BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", "bloom a 176b parameter open access multilingual language model")]
    [InlineData("RWKV (RNN/GPT mode)", "rwkv rnn gpt mode")]
    [InlineData("环注意力(Ring Attention)", "环注意力ring attention")]
    public void Normalises_punctuation_case_and_width(string title, string key) => Assert.Equal(key, TitleKey.For(title));

    [Fact]
    public void Different_titles_get_different_keys() =>
        Assert.NotEqual(TitleKey.For("Layer Normalization"), TitleKey.For("On Layer Normalization in the Transformer Architecture"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("!!! — ???")]
    public void Nothing_to_key_gives_an_empty_key(string? title) => Assert.Equal("", TitleKey.For(title));
}
