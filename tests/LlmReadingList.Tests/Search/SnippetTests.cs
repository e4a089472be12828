using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

public sealed class SnippetTests
{
    [Fact]
    public void Headline_marks_become_highlighted_parts()
    {
        var snippet = Snippet.FromHeadline("The \u0002Transformer\u0003 uses <b>attention</b> & \u0002self\u0003-attention")!;

        Assert.Equal(
            [new("The ", false), new("Transformer", true), new(" uses <b>attention</b> & ", false), new("self", true), new("-attention", false)],
            snippet.Parts);
    }

    [Fact]
    public void Markdown_syntax_is_dropped_from_snippets()
    {
        var snippet = Snippet.FromHeadline("**Bold** [the \u0002paper\u0003](https://arxiv.org/abs/1706.03762) `code`")!;

        Assert.Equal("Bold the paper code", snippet.PlainText);
        Assert.Contains(new SnippetPart("paper", true), snippet.Parts);
    }

    [Fact]
    public void Cjk_runs_are_highlighted_wherever_they_occur()
    {
        var snippet = Snippet.AroundRuns("提出环注意力（Ring Attention），注意力", ["注意力"], cutAtStart: true, cutAtEnd: false)!;

        Assert.Equal(
            [new("…", false), new("提出环", false), new("注意力", true), new("（Ring Attention），", false), new("注意力", true)],
            snippet.Parts);
    }

    [Fact]
    public void An_opening_is_cut_at_a_space()
    {
        var snippet = Snippet.Opening("word " + new string('x', 10) + " " + string.Concat(Enumerable.Repeat("more ", 100)), 40)!;

        Assert.Equal("…", snippet.Parts[^1].Text);
        Assert.True(snippet.PlainText.Length <= 41);
        Assert.False(snippet.HasHighlight);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_text_is_no_snippet(string? text)
    {
        Assert.Null(Snippet.FromHeadline(text));
        Assert.Null(Snippet.Opening(text, 100));
        Assert.Null(Snippet.AroundRuns(text, ["注意"], false, false));
    }
}
