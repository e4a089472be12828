using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Tests.Text;

public class ArxivIdTests
{
    [Theory]
    [InlineData("arxiv.org/abs/1706.03762", "1706.03762")]
    [InlineData("https://arxiv.org/abs/1706.03762", "1706.03762")]
    [InlineData("http://arxiv.org/abs/1706.03762v5", "1706.03762")]
    [InlineData("/abs/1706.03762v5", "1706.03762")]
    [InlineData("arxiv.org/pdf/2309.06180.pdf", "2309.06180")]
    [InlineData("https://arxiv.org/pdf/2309.06180v2.pdf", "2309.06180")]
    [InlineData("https://arxiv.org/pdf/2309.06180", "2309.06180")]
    [InlineData("https://browse.arxiv.org/pdf/2310.01889.pdf", "2310.01889")]
    [InlineData("https://export.arxiv.org/abs/2310.01889", "2310.01889")]
    [InlineData("https://www.arxiv.org/abs/2310.01889", "2310.01889")]
    [InlineData("https://arxiv.org/abs/1910.13461.", "1910.13461")]
    [InlineData("https://arxiv.org/abs/2105.14103-", "2105.14103")]
    [InlineData("https://arxiv.org/abs/2105.14103),", "2105.14103")]
    [InlineData("https://arxiv.org/abs/1409.0473", "1409.0473")]
    [InlineData("2203.15556", "2203.15556")]
    [InlineData("  2203.15556v3 ", "2203.15556")]
    [InlineData("arXiv:2203.15556", "2203.15556")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    [InlineData("math.GT/0309136", "math.GT/0309136")]
    [InlineData("https://arxiv.org/html/2401.01335v1", "2401.01335")]
    public void Reads_every_form_the_articles_use(string input, string expected)
    {
        Assert.True(ArxivId.TryParse(input, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://github.com/vllm-project/vllm")]
    [InlineData("https://example.com/abs/1706.03762")]
    [InlineData("https://www.nature.com/articles/s41586-021-03819-2")]
    [InlineData("https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf")]
    [InlineData("https://arxiv.org/list/cs.CL/recent")]
    [InlineData("https://arxiv.org/abs/1706.037621")]
    [InlineData("1713.03762")]
    [InlineData("1706.03762 and more")]
    [InlineData("Attention Is All You Need")]
    public void Rejects_what_is_not_an_arxiv_id(string? input)
    {
        Assert.False(ArxivId.TryParse(input, out var id));
        Assert.Null(id);
    }

    [Theory]
    [InlineData("1706.03762", 2017)]
    [InlineData("0704.0001", 2007)]
    [InlineData("2401.01335", 2024)]
    [InlineData("1409.0473", 2014)]
    [InlineData("hep-th/9901001", 1999)]
    [InlineData("hep-th/0603001", 2006)]
    [InlineData("math.GT/0309136", 2003)]
    public void Year_comes_from_the_id(string id, int year) => Assert.Equal(year, ArxivId.YearOf(id));

    [Fact]
    public void Year_of_a_non_id_is_an_error() => Assert.Throws<FormatException>(() => ArxivId.YearOf("not-an-id"));

    [Fact]
    public void Builds_abstract_and_pdf_urls()
    {
        Assert.Equal("https://arxiv.org/abs/1706.03762", ArxivId.AbstractUrl("1706.03762"));
        Assert.Equal("https://arxiv.org/pdf/1706.03762", ArxivId.PdfUrl("1706.03762"));
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", ArxivId.AbstractUrl("hep-th/9901001"));
    }
}
