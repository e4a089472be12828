using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Tests.Text;

public class LanguageTests
{
    [Theory]
    [InlineData("环注意力(Ring Attention)")]
    [InlineData("替代Transformer")]
    [InlineData("Llama2剪枝(LLM-Shearing)")]
    [InlineData("Meta-CoT思维链")]
    [InlineData("GraphGPT对齐图文")]
    [InlineData("大模型应对新知识")]
    [InlineData("从 BERT、GPT 和 Flan-T5 等语言模型到 SAM 和 Stable Diffusion 等图像模型,Transformer 正以锐不可当之势席卷这个世界")]
    [InlineData("本文引入了一种循环神经网络(RNN)注意力机制,提高了模型远程序列建模能力。")]
    public void Chinese_text_is_zh_even_with_english_names_in_it(string text) => Assert.Equal("zh", Language.Detect(text));

    [Theory]
    [InlineData("Attention Is All You Need")]
    [InlineData("《Transformer models: an introduction and catalog — 2023 Edition》")]
    [InlineData("Multi-Method Self-Training (MMST)")]
    [InlineData("The 2023 roundup was published by AINLPer (大模型) along with a long English description of the papers it covers.")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12345 !!!")]
    public void Other_text_is_en(string? text) => Assert.Equal("en", Language.Detect(text));
}
