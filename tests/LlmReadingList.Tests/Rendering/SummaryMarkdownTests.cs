using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LlmReadingList.Web.Rendering;

namespace LlmReadingList.Tests.Rendering;

public sealed partial class SummaryMarkdownTests
{
    /// <summary>Markdown a hostile article could carry. None of it may become script, an event handler or a script URL.</summary>
    public static TheoryData<string> Payloads => new(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x OnError=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](  javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](file:///etc/passwd)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x\" onerror=\"alert(1)](https://example.org/a.png)",
        "[x](https://example.org/ \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.org/ 'a\" onclick=\"alert(1)')",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: https://example.org/ \"\\\"><script>alert(1)</script>\"",
        "<javascript:alert(1)>",
        "<vbscript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "<http://example.org/\" onmouseover=\"alert(1)>",
        "www.example.org/\"onmouseover=\"alert(1)",
        "[<img src=x onerror=alert(1)>](https://example.org/)",
        "[x](https://example.org/\"onmouseover=\"alert(1))",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "<!-- --><script>alert(1)</script>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "[x](\tjavascript:alert(1))",
        "[x](java\u0000script:alert(1))",
        "<details open ontoggle=alert(1)>");

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_markdown_never_becomes_script_handlers_or_script_urls(string markdown)
    {
        var html = SummaryMarkdown.ToHtml(markdown).Value!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotMatch(ScriptUrl(), html);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Empty(document.QuerySelectorAll("script, iframe, img, svg, math, object, embed, style, body div, details"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches(AllowedUrl(), href);
            }
        }
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = SummaryMarkdown.ToHtml("Before <b>bold</b> <script>alert(1)</script> after").Value!;

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_text_without_the_link()
    {
        var html = SummaryMarkdown.ToHtml("See [the *demo*](javascript:alert(1)) now").Value!;

        Assert.Equal("<p>See the <em>demo</em> now</p>", html.Trim());
    }

    [Fact]
    public void Safe_links_autolinks_and_emphasis_render()
    {
        var html = SummaryMarkdown.ToHtml("**Bold** [site](https://example.org/a?b=1&c=2), <mailto:a@example.org>, https://arxiv.org/abs/1706.03762 and <b@example.org>").Value!;
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        Assert.Equal("Bold", document.QuerySelector("strong")!.TextContent);
        Assert.Equal(
            ["https://example.org/a?b=1&c=2", "mailto:a@example.org", "https://arxiv.org/abs/1706.03762", "mailto:b@example.org"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
        Assert.All(document.QuerySelectorAll("a[href^='http']"), a => Assert.Equal("nofollow noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public void A_safe_image_becomes_a_link_to_it()
    {
        var html = SummaryMarkdown.ToHtml("![architecture](https://example.org/fig.png)").Value!;

        Assert.Equal("<p><a href=\"https://example.org/fig.png\" rel=\"nofollow noopener\">architecture</a></p>", html.Trim());
    }

    [Fact]
    public void Summary_headings_sit_below_the_page_headings()
    {
        var html = SummaryMarkdown.ToHtml("# Top\n\n## Next\n\n#### Deep").Value!;

        Assert.Contains("<h4", html, StringComparison.Ordinal);
        Assert.Contains("<h5", html, StringComparison.Ordinal);
        Assert.Contains("<h6", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_text_renders_unchanged()
    {
        var html = SummaryMarkdown.ToHtml("提出了**注意力机制**，取代循环网络。").Value!;

        Assert.Equal("<p>提出了<strong>注意力机制</strong>，取代循环网络。</p>", html.Trim());
    }

    [Theory]
    [InlineData("Plain **bold** and [a link](javascript:alert(1)) <script>x</script>", "Plain bold and a link <script>x</script>")]
    [InlineData("# Heading\n\nFirst paragraph.\n\n- item one\n- item two", "Heading First paragraph. item one item two")]
    [InlineData("提出了**注意力机制**。", "提出了注意力机制。")]
    public void An_excerpt_is_plain_text(string markdown, string expected) =>
        Assert.Equal(expected, SummaryMarkdown.Excerpt(markdown));

    [Fact]
    public void A_long_excerpt_is_cut_at_a_word()
    {
        var excerpt = SummaryMarkdown.Excerpt(string.Join(' ', Enumerable.Repeat("word", 200)), 50);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 10)) + "…", excerpt);
    }

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"(href|src)\s*=\s*[""']?\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex(@"^(https?://|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex AllowedUrl();
}
