using System.Net;

namespace LlmReadingList.Tests.Pages.Lists;

public sealed class ListPageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    private BrowseCatalog Catalog => app.Catalog;

    [Fact]
    public async Task Shows_entries_in_order_under_their_section_headings()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/lists/english-list");

        Assert.Equal("Papers every LLM engineer should read", page.QuerySelector("h1")!.Text());
        Assert.Equal(["Foundations", "Scaling"], page.Texts("h2.section-heading"));
        Assert.Equal(["Foundations", "Scaling"], page.Texts(".toc a"));
        var first = page.QuerySelectorAll("h2.section-heading")[0].NextElementSibling!;
        Assert.Equal(
            [$"/papers/{Catalog.Attention.Slug}", $"/papers/{Catalog.MoE.Slug}", $"/papers/{Catalog.Bert.Slug}"],
            first.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList());
        var second = page.QuerySelectorAll("h2.section-heading")[1].NextElementSibling!;
        Assert.Equal(
            ["Language Models are Few-Shot Learners", "A Paper With A Hostile Summary"],
            second.QuerySelectorAll(".card-title a").Select(a => a.Text()).ToList());
    }

    [Fact]
    public async Task Each_entry_shows_year_credits_language_badges_and_this_articles_summary()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/lists/english-list");

        var attention = page.QuerySelectorAll("li.entry")[0];
        Assert.Equal("/years/2017", attention.QuerySelector("a.year")!.GetAttribute("href"));
        Assert.Equal("注意力就是你所需要的一切", attention.QuerySelector(".card-subtitle[lang='zh']")!.Text());
        Assert.Null(page.QuerySelectorAll("li.entry")[1].QuerySelector(".card-subtitle"));
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Google Brain"], attention.QuerySelectorAll(".credits a").Select(a => a.Text()).ToList());
        Assert.Equal(["en", "zh"], attention.QuerySelectorAll(".badge").Select(b => b.GetAttribute("data-lang")).ToList());
        // the English article's summary, as plain text, not the Chinese article's
        Assert.StartsWith("Introduces the Transformer, built on attention alone.", attention.QuerySelector(".excerpt")!.Text(), StringComparison.Ordinal);
        Assert.Null(attention.QuerySelector(".excerpt strong"));
        Assert.Null(page.QuerySelectorAll("li.entry")[1].QuerySelector(".excerpt"));
    }

    [Fact]
    public async Task Names_and_links_the_source_article()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/lists/english-list");

        var source = page.QuerySelector(".source")!;
        Assert.Equal("https://example.com/llm-reading-list", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Papers every LLM engineer should read", source.QuerySelector("a")!.Text());
        Assert.Contains("Example Blog", source.Text(), StringComparison.Ordinal);
        Assert.Equal("2023-11-02", source.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("The papers behind today's large language models.", page.Meta("description"));
    }

    [Fact]
    public async Task A_chinese_list_marks_its_chinese_text()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/lists/chinese-list");

        Assert.Equal("zh", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("大模型必读论文清单", page.QuerySelector("h1")!.Text());
        Assert.Empty(page.QuerySelectorAll("h2.section-heading"));
        var entries = page.QuerySelectorAll("li.entry");
        Assert.Equal(2, entries.Length);
        Assert.Equal("zh", entries[0].QuerySelector(".excerpt")!.GetAttribute("lang"));
        Assert.Contains("完全基于注意力机制", entries[0].QuerySelector(".excerpt")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Year unknown", entries[1].QuerySelector("a.year")!.Text());
        Assert.Equal("/years/unknown", entries[1].QuerySelector("a.year")!.GetAttribute("href"));
        Assert.Equal("zh", page.QuerySelector(".source cite")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_lists_index_shows_every_list_with_its_count()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/lists");

        Assert.Equal(["/lists/english-list", "/lists/chinese-list"], page.Hrefs(".list-summary h3 a"));
        Assert.Equal(["5 papers", "2 papers"], page.Texts(".list-summary .count"));
        Assert.Equal("The papers behind today's large language models.", page.QuerySelector(".list-summary .description")!.Text());
    }

    [Fact]
    public async Task An_old_list_slug_redirects_and_an_unknown_one_is_404()
    {
        using var client = app.CreateClient();

        Assert.Equal("/lists/english-list", await PageHtml.RedirectTargetAsync(client, "/lists/old-english-list"));
        await PageHtml.GetAsync(client, "/lists/no-such-list", HttpStatusCode.NotFound);
        await PageHtml.GetAsync(client, "/lists/english-list?page=2", HttpStatusCode.NotFound);
    }
}
