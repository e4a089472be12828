using System.Net;

namespace LlmReadingList.Tests.Pages.Papers;

public sealed class PaperPageTests(BrowseCatalogApp app) : IClassFixture<BrowseCatalogApp>
{
    private BrowseCatalog Catalog => app.Catalog;

    [Fact]
    public async Task Shows_the_canonical_title_alternative_titles_with_language_year_and_credits()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Attention.Slug}");

        Assert.Equal("Attention Is All You Need", page.QuerySelector("h1")!.Text());
        var alternative = Assert.Single(page.QuerySelectorAll(".alt-titles li"));
        Assert.Equal("注意力就是你所需要的一切", alternative.QuerySelector(".alt-title")!.Text());
        Assert.Equal("zh", alternative.QuerySelector(".alt-title")!.GetAttribute("lang"));
        Assert.Equal("zh", alternative.QuerySelector(".badge")!.GetAttribute("data-lang"));
        Assert.Contains("/years/2017", page.Hrefs(".facts a"));
        Assert.Equal(["/authors/ashish-vaswani", "/authors/noam-shazeer", "/authors/google-brain"], page.Hrefs(".facts .credits a"));
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Google Brain"], page.Texts(".facts .credits a"));
        Assert.Contains("Organisation", page.Texts(".facts dt"));
        Assert.Equal(["/tags/transformers"], page.Hrefs(".facts .tag"));
    }

    [Fact]
    public async Task Links_the_arxiv_abstract_pdf_and_code()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Attention.Slug}");

        Assert.Equal(
            ["https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762", "https://github.com/tensorflow/tensor2tensor"],
            page.Hrefs(".paper-links a"));
        Assert.Equal(["arXiv abstract", "PDF", "Code"], page.Texts(".paper-links a"));
    }

    [Fact]
    public async Task Shows_every_articles_summary_labelled_with_its_source_and_language()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Attention.Slug}");

        var summaries = page.QuerySelectorAll("article.summary");
        Assert.Equal(2, summaries.Length);
        Assert.Equal("2 summaries", page.QuerySelector("#summaries-title")!.Text());

        var english = summaries[0];
        Assert.Equal("From Papers every LLM engineer should read", english.QuerySelector("h3")!.Text());
        Assert.Equal("/lists/english-list", english.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("en", english.QuerySelector(".badge")!.GetAttribute("data-lang"));
        Assert.Equal("https://example.com/llm-reading-list", english.QuerySelector(".card-meta a")!.GetAttribute("href"));
        Assert.Equal("The Transformer paper", english.QuerySelector(".summary-heading")!.Text());
        Assert.Equal("Vaswani et al., Google Brain", english.QuerySelector(".credit-line")!.Text());
        var prose = english.QuerySelector(".prose")!;
        Assert.Null(prose.GetAttribute("lang"));
        Assert.Equal("Transformer", prose.QuerySelector("strong")!.Text());
        Assert.Equal("https://github.com/tensorflow/tensor2tensor", prose.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, prose.QuerySelectorAll("p").Length);

        var chinese = summaries[1];
        Assert.Equal("zh", chinese.QuerySelector(".badge")!.GetAttribute("data-lang"));
        Assert.Equal("zh", chinese.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Equal("zh", chinese.QuerySelector("h3 a")!.GetAttribute("lang"));
        Assert.Contains("完全基于注意力机制", chinese.QuerySelector(".prose")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_reading_lists_it_is_in_and_related_papers()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Attention.Slug}");

        Assert.Equal(["/lists/english-list", "/lists/chinese-list"], page.Hrefs(".appearances a"));
        Assert.Contains("no. 1, under Foundations", page.Texts(".appearances li")[0], StringComparison.Ordinal);
        var related = page.Hrefs("#related-title + ul .card-title a");
        // MoE shares an author and a list, so it ranks first; the merged duplicate never shows.
        Assert.Equal($"/papers/{Catalog.MoE.Slug}", related[0]);
        Assert.Contains($"/papers/{Catalog.Bert.Slug}", related);
        Assert.Contains($"/papers/{Catalog.Undated.Slug}", related);
        Assert.DoesNotContain($"/papers/{Catalog.Duplicate.Slug}", related);
        Assert.DoesNotContain($"/papers/{Catalog.Attention.Slug}", related);
    }

    [Fact]
    public async Task Has_citation_metadata_a_canonical_link_title_and_description()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Attention.Slug}");

        Assert.Equal("Attention Is All You Need", page.Meta("citation_title"));
        Assert.Equal(
            ["Ashish Vaswani", "Noam Shazeer", "Google Brain"],
            page.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")).ToList());
        Assert.Equal("2017", page.Meta("citation_publication_date"));
        Assert.Equal("https://arxiv.org/pdf/1706.03762", page.Meta("citation_pdf_url"));
        Assert.Equal("1706.03762", page.Meta("citation_arxiv_id"));
        Assert.Equal($"https://localhost/papers/{Catalog.Attention.Slug}", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("Attention Is All You Need (2017) · LLM Reading List", page.Title);
        Assert.StartsWith("Introduces the Transformer, built on attention alone.", page.Meta("description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_without_year_or_arxiv_id_leaves_those_citation_fields_out()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Undated.Slug}");

        Assert.Equal("Prompting Notes Without a Date", page.Meta("citation_title"));
        Assert.Null(page.Meta("citation_publication_date"));
        Assert.Null(page.Meta("citation_pdf_url"));
        Assert.Null(page.Meta("citation_arxiv_id"));
        Assert.Contains("/years/unknown", page.Hrefs(".facts a"));
        Assert.Equal("zh", page.QuerySelector(".facts .credits a")!.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll(".paper-links a"));
    }

    [Fact]
    public async Task A_stored_pdf_link_is_the_citation_pdf()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Bert.Slug}");

        Assert.Equal("https://arxiv.org/pdf/1810.04805", page.Meta("citation_pdf_url"));
        Assert.Equal(1, page.QuerySelectorAll(".paper-links a").Count(a => a.Text() == "PDF"));
        Assert.Equal("No article has summarised this paper yet.", page.QuerySelector(".summaries .empty")!.Text());
    }

    [Fact]
    public async Task A_summary_cannot_inject_script_or_markup()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, $"/papers/{Catalog.Malicious.Slug}");

        var prose = page.QuerySelector("article.summary .prose")!;
        Assert.Contains("<script>alert('xss')</script>", prose.Text(), StringComparison.Ordinal);
        Assert.Empty(prose.QuerySelectorAll("script, img"));
        Assert.Contains("click me", prose.Text(), StringComparison.Ordinal);
        var link = Assert.Single(prose.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/safe", link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("title"));
        Assert.Null(link.GetAttribute("onmouseover"));
    }

    [Fact]
    public async Task A_merged_paper_redirects_permanently_to_the_survivor()
    {
        using var client = app.CreateClient();

        Assert.Equal($"/papers/{Catalog.Attention.Slug}", await PageHtml.RedirectTargetAsync(client, $"/papers/{Catalog.Duplicate.Slug}"));
    }

    [Fact]
    public async Task An_old_slug_redirects_permanently_to_the_current_one()
    {
        using var client = app.CreateClient();

        Assert.Equal($"/papers/{Catalog.Attention.Slug}", await PageHtml.RedirectTargetAsync(client, "/papers/old-attention-slug"));
    }

    [Fact]
    public async Task An_unknown_slug_gets_the_friendly_404_with_links_onward()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/papers/no-such-paper", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.Contains("/lists", page.Hrefs("main a"));
        Assert.Contains("/years", page.Hrefs("main a"));
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name='q']"));
    }
}
