using LlmReadingList.Catalog;
using LlmReadingList.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LlmReadingList.Tests.Pages.Lists;

/// <summary>Lists of 5 and 60 richly linked papers: the list page sends the same number of SQL commands for both.</summary>
public sealed class ListQueryCountTests(ListQueryCountTests.App app, ITestOutputHelper output) : IClassFixture<ListQueryCountTests.App>
{
    [Fact]
    public async Task A_list_page_sends_the_same_number_of_sql_commands_whatever_its_length()
    {
        using var client = app.CreateClient();
        await PageHtml.GetAsync(client, "/lists/short-list"); // warm up: model building, startup checks

        var shortCount = await CountCommandsAsync(client, "/lists/short-list", expectedEntries: 5);
        var longCount = await CountCommandsAsync(client, "/lists/long-list", expectedEntries: 50);
        var secondPageCount = await CountCommandsAsync(client, "/lists/long-list?page=2", expectedEntries: 10);

        output.WriteLine($"SQL commands: 5 entries {shortCount}, 60 entries (page 1 of 2) {longCount}, page 2 {secondPageCount}");
        Assert.Equal(shortCount, longCount);
        Assert.Equal(shortCount, secondPageCount);
        Assert.InRange(shortCount, 1, 10);
    }

    [Fact]
    public async Task A_long_list_is_paged_with_sections_linking_to_the_page_they_start_on()
    {
        using var client = app.CreateClient();

        var first = await PageHtml.GetAsync(client, "/lists/long-list");
        var second = await PageHtml.GetAsync(client, "/lists/long-list?page=2");

        Assert.Equal("/lists/long-list?page=2", first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel='prev']"));
        Assert.Equal("/lists/long-list", second.QuerySelector(".pager a[rel='prev']")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager a[rel='next']"));
        Assert.Equal("Page 2 of 2", second.QuerySelector(".pager span")!.Text());
        var toc = first.Hrefs(".toc a");
        Assert.Equal(7, toc.Count);
        Assert.Equal("/lists/long-list#section-1", toc[0]);
        Assert.Equal("/lists/long-list#section-6", toc[5]);
        Assert.Equal("/lists/long-list?page=2#section-7", toc[6]);
        Assert.Equal(["Section 5", "Section 6"], second.Texts("h2.section-heading"));
        Assert.Equal("section-7", second.QuerySelectorAll("h2.section-heading")[1].Id);
        Assert.Equal("51", second.QuerySelector("li.entry")!.GetAttribute("value"));
    }

    private async Task<int> CountCommandsAsync(HttpClient client, string path, int expectedEntries)
    {
        app.SqlCommands.Reset();
        var page = await PageHtml.GetAsync(client, path);
        var count = app.SqlCommands.Count;
        Assert.Equal(expectedEntries, page.QuerySelectorAll("li.entry").Length);
        Assert.All(page.QuerySelectorAll("li.entry"), entry =>
        {
            Assert.Equal(3, entry.QuerySelectorAll(".credits a").Length);
            Assert.Equal(["en", "zh"], entry.QuerySelectorAll(".badge").Select(b => b.GetAttribute("data-lang")).ToList());
            Assert.NotNull(entry.QuerySelector(".excerpt"));
        });
        output.WriteLine($"{path}: {count} commands\n  " + string.Join("\n  ", app.SqlCommands.Commands.Select(c => c.ReplaceLineEndings(" "))));
        return count;
    }

    public sealed class App : CatalogWebApp
    {
        // Counting SQL commands means every request must reach the database.
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("Catalog:OutputCache", "false");

        protected override async Task SeedAsync()
        {
            await using var db = CreateDbContext();
            var build = new CatalogBuilder(db);
            var shortList = build.List("short-list", "Five papers");
            var longList = build.List("long-list", "Sixty papers");
            shortList.Source = build.Source("short-article");
            longList.Source = build.Source("long-article");
            var tag = build.Tag("counted", "Counted");
            var organisation = build.Author("Counting Lab", AuthorKind.Organization);
            for (var i = 0; i < 65; i++)
            {
                var paper = build.Paper($"Counted paper number {i}", 2000 + (i % 20), null, $"First Author {i}", $"Second Author {i}");
                build.Credit(paper, organisation);
                build.AlternativeTitle(paper, $"计数论文 {i}", "zh");
                tag.Papers.Add(new() { Paper = paper });
                var list = i < 5 ? shortList : longList;
                build.Summary(paper, i < 5 ? "short-article" : "long-article", $"Summary of paper {i}, *with* [a link](https://example.org/{i}).");
                build.Entry(list, paper, $"Section {i / 10}");
            }

            await build.SaveAsync();
        }
    }
}
