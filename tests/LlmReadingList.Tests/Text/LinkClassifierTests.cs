using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Tests.Text;

public class LinkClassifierTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/1706.03762", LinkKind.Abstract)]
    [InlineData("https://arxiv.org/pdf/2309.06180.pdf", LinkKind.Pdf)]
    [InlineData("https://browse.arxiv.org/pdf/2310.01889.pdf", LinkKind.Pdf)]
    [InlineData("https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf", LinkKind.Pdf)]
    [InlineData("https://example.org/papers/paper.PDF", LinkKind.Pdf)]
    [InlineData("https://github.com/vllm-project/vllm", LinkKind.Code)]
    [InlineData("https://github.com/google-research/FLAN/blob/main/flan/templates.py", LinkKind.Code)]
    [InlineData("https://gitlab.com/some/project", LinkKind.Code)]
    [InlineData("https://openai.com/blog/unsupervised-sentiment-neuron/", LinkKind.Blog)]
    [InlineData("https://huggingface.co/blog/moe", LinkKind.Blog)]
    [InlineData("https://www.lesswrong.com/posts/6Fpvch8RR29qLEWNH/chinchilla-s-wild-implications", LinkKind.Blog)]
    [InlineData("https://medium.com/@someone/a-post-123", LinkKind.Blog)]
    [InlineData("https://towardsdatascience.medium.com/a-post", LinkKind.Blog)]
    [InlineData("https://example.com/blog/2023/post", LinkKind.Blog)]
    [InlineData("https://gair-nlp.github.io/auto-j", LinkKind.Project)]
    [InlineData("https://www.nature.com/articles/s41586-021-03819-2", LinkKind.Abstract)]
    [InlineData("https://www.semanticscholar.org/paper/Improving-Language-Understanding-by-Generative-Radford-Narasimhan/cd18800a0fe0b668a1cc19f2ec95b5003d0a5035", LinkKind.Abstract)]
    [InlineData("https://doi.org/10.1038/s41586-021-03819-2", LinkKind.Abstract)]
    [InlineData("https://eugeneyan.com/writing/llm-reading-list/", LinkKind.Other)]
    [InlineData("https://www.nature.com/", LinkKind.Other)]
    [InlineData("https://arxiv.org/list/cs.CL/recent", LinkKind.Other)]
    [InlineData("arxiv.org/abs/1706.03762", LinkKind.Abstract)]
    [InlineData("not a url", LinkKind.Other)]
    [InlineData("", LinkKind.Other)]
    [InlineData(null, LinkKind.Other)]
    public void Classifies_links(string? url, LinkKind expected) => Assert.Equal(expected, LinkClassifier.Classify(url));

    [Theory]
    [InlineData("https://arxiv.org/abs/2105.14103- **AFT-inspired time-mixing variation (WKV)**", "https://arxiv.org/abs/2105.14103")]
    [InlineData("论文地址 https://arxiv.org/abs/1910.13461.", "https://arxiv.org/abs/1910.13461")]
    [InlineData("Paper:https://browse.arxiv.org/pdf/2310.01889.pdf", "https://browse.arxiv.org/pdf/2310.01889.pdf")]
    [InlineData("论文地址:https://arxiv.org/abs/2302.01107", "https://arxiv.org/abs/2302.01107")]
    [InlineData("see (https://arxiv.org/abs/1706.03762), then", "https://arxiv.org/abs/1706.03762")]
    [InlineData("链接：https://arxiv.org/abs/1706.03762。后面", "https://arxiv.org/abs/1706.03762")]
    [InlineData("（https://arxiv.org/abs/1706.03762）", "https://arxiv.org/abs/1706.03762")]
    [InlineData("“https://arxiv.org/abs/1706.03762”", "https://arxiv.org/abs/1706.03762")]
    [InlineData("https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture).", "https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture)")]
    [InlineData("which it recognizes. https://arxiv.org/abs/1910.10683 -", "https://arxiv.org/abs/1910.10683")]
    public void Extracts_a_url_glued_to_text(string line, string expected) =>
        Assert.Equal([expected], LinkClassifier.ExtractUrls(line));

    [Fact]
    public void Extracts_several_urls_in_order_with_their_positions()
    {
        const string line = "Fixed-size. https://arxiv.org/abs/2202.04350 https://github.com/mindslab-ai/pnlp-mixer -";

        var found = LinkClassifier.FindUrls(line);

        Assert.Equal(["https://arxiv.org/abs/2202.04350", "https://github.com/mindslab-ai/pnlp-mixer"], found.Select(f => f.Url));
        Assert.All(found, f => Assert.Equal(f.Url, line.Substring(f.Index, f.Length)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no links here")]
    [InlineData("https://")]
    [InlineData("http://.")]
    public void Finds_nothing_where_there_is_no_url(string? line) => Assert.Empty(LinkClassifier.ExtractUrls(line));

    [Fact]
    public void Copes_with_a_huge_line_of_closing_brackets()
    {
        var line = "https://a.example/" + new string(')', 1_000_000);

        Assert.Equal(["https://a.example/"], LinkClassifier.ExtractUrls(line));
    }
}
