using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate;

/// <summary>The history pages name and link what each change is about, for papers, lists, tags and authors alike.</summary>
public sealed class HistoryPagesTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public async Task Recent_changes_link_lists_tags_and_authors_to_their_curator_pages()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        using (await CuratorWebApp.PostFormAsync(client, "/curate/tags?handler=Create", new() { ["input.Name"] = "Evaluation" }, formPage: "/curate/tags"))
        using (await CuratorWebApp.PostFormAsync(client, "/curate/lists/new", new() { ["Form.Title"] = "History check" }))
        {
        }

        await using var db = app.CreateDbContext();
        var listId = await db.ReadingLists.Where(l => l.Slug == "history-check").Select(l => l.Id).SingleAsync();

        var page = await FormFields.ParseAsync(await client.GetAsync(new Uri("/curate/history", UriKind.Relative)));

        var links = page.QuerySelectorAll("table.changes a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("History check", $"/curate/lists/{listId}/edit"), links);
        Assert.Contains(("Evaluation", "/curate/tags"), links);
    }

    [Fact]
    public async Task A_papers_history_page_shows_its_changes()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        await using var db = app.CreateDbContext();
        var id = await db.Papers.Where(p => p.ArxivId == "1706.03762").Select(p => p.Id).SingleAsync();

        using var response = await client.GetAsync(new Uri($"/curate/papers/{id}/history", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormFields.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelectorAll("table.changes tbody tr"));
    }
}
