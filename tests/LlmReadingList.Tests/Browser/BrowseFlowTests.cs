using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

public sealed class BrowseFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_reader_goes_from_home_to_a_list_a_paper_an_author_and_a_year()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("LLM Reading List", await page.TitleAsync());

        await page.Locator(".list-summary").GetByRole(AriaRole.Link, new() { Name = "Papers every LLM engineer should read" }).ClickAsync();
        await page.WaitForURLAsync("**/lists/english-list");
        Assert.Equal(["Foundations", "Scaling"], await page.Locator("h2.section-heading").AllInnerTextsAsync());
        Assert.Equal(5, await page.Locator("li.entry").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Attention Is All You Need", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/papers/{app.Catalog.Attention.Slug}");
        Assert.Equal("Attention Is All You Need", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(2, await page.Locator("article.summary").CountAsync());
        Assert.Contains("完全基于注意力机制", await page.Locator("article.summary[data-language='zh'] .prose").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("https://arxiv.org/pdf/1706.03762", await page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).GetAttributeAsync("href"));
        Assert.Equal("https://github.com/tensorflow/tensor2tensor", await page.GetByRole(AriaRole.Link, new() { Name = "Code", Exact = true }).GetAttributeAsync("href"));

        await page.Locator(".facts").GetByRole(AriaRole.Link, new() { Name = "Noam Shazeer" }).ClickAsync();
        await page.WaitForURLAsync("**/authors/noam-shazeer");
        Assert.Equal("Noam Shazeer", await page.Locator("h1").InnerTextAsync());

        await page.Locator(".card", new() { HasText = "Attention Is All You Need" }).GetByRole(AriaRole.Link, new() { Name = "2017" }).ClickAsync();
        await page.WaitForURLAsync("**/years/2017");
        Assert.Equal("Papers from 2017", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "2018 →" }).ClickAsync();
        await page.WaitForURLAsync("**/years/2018");
        Assert.Empty(app.DialogsSeen);
    }

    [Fact]
    public async Task A_hostile_summary_runs_no_script_and_shows_as_text()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/papers/{app.Catalog.Malicious.Slug}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var prose = await page.Locator("article.summary .prose").InnerTextAsync();
        Assert.Contains("<script>alert('xss')</script>", prose, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("article.summary script, article.summary img").CountAsync());
        Assert.Equal(["https://example.org/safe"], await page.Locator("article.summary .prose a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"));
        await page.GetByText("click me").HoverAsync();
        Assert.Empty(app.DialogsSeen);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_the_keyboard_reaches_and_leads_to_the_content()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/lists/english-list");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_paper_shows_the_friendly_404_with_links_onward()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/papers/no-such-paper");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await page.Locator("ul.onward").GetByRole(AriaRole.Link, new() { Name = "Reading lists" }).ClickAsync();
        await page.WaitForURLAsync("**/lists");
    }

    [Theory]
    [InlineData(1280, ColorScheme.Light, "rgb(253, 230, 138)")]
    [InlineData(360, ColorScheme.Dark, "rgb(92, 71, 9)")]
    public async Task The_search_page_is_styled_highlights_the_matched_words_and_keeps_the_facets_beside_or_below(int width, ColorScheme scheme, string markBackground)
    {
        var page = await app.NewPageAsync(width, scheme);

        await page.GotoAsync("/search?q=attention&year=2017");

        var result = page.Locator("li.search-result").Filter(new() { HasText = "Attention Is All You Need" });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        var mark = result.Locator(".search-result-snippet mark").First;
        Assert.Equal("attention", (await mark.InnerTextAsync()).ToLowerInvariant());
        Assert.Equal(markBackground, await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        Assert.Equal("none", await page.Locator("ol.search-results").EvaluateAsync<string>("l => getComputedStyle(l).listStyleType"));
        // the page's search button is the site's search button; the filter in use is a pill with its remove link
        Assert.Equal(
            await page.Locator("header .search button").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"),
            await page.Locator("form.search-form button").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        var chip = page.GetByRole(AriaRole.Region, new() { Name = "Filters in use" }).GetByRole(AriaRole.Listitem);
        Assert.Equal("999px", await chip.EvaluateAsync<string>("c => getComputedStyle(c).borderTopLeftRadius"));
        await Assertions.Expect(chip.GetByRole(AriaRole.Link, new() { Name = "Remove filter: Year 2017" })).ToBeVisibleAsync();

        var results = (await page.Locator(".search-main").BoundingBoxAsync())!;
        var facets = (await page.GetByRole(AriaRole.Complementary, new() { Name = "Narrow the results" }).BoundingBoxAsync())!;
        if (width >= 960)
        {
            Assert.True(facets.X >= results.X + results.Width, $"the facets ({facets.X}) should sit beside the results (ending at {results.X + results.Width})");
        }
        else
        {
            Assert.True(facets.Y >= results.Y + results.Height, $"the facets ({facets.Y}) should come below the results (ending at {results.Y + results.Height})");
        }
    }

    [Theory]
    [InlineData(360, "light")]
    [InlineData(360, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Every_page_type_fits_the_screen_and_is_captured(int width, string scheme)
    {
        var page = await app.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);

        foreach (var (name, path) in PageTypes.All(app.Catalog))
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px screen");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"{name}-{width}-{scheme}.png"),
                FullPage = true,
            });
        }

        Assert.Empty(app.FailedResources);
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal(scheme == "dark" ? "rgb(21, 23, 27)" : "rgb(253, 252, 250)", background);
    }
}
