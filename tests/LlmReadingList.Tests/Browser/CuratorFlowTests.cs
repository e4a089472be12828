using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>
/// A curator in Chromium over the imported seed: signs in, fixes 004's provisional paper from the review queue,
/// reorders a list, and a reader in another browser sees both; the history shows who changed what and reverts it.
/// Two curators editing one paper: the second is refused with both versions and loses nothing.
/// </summary>
public sealed class CuratorFlowTests(CuratorBrowserApp app) : IClassFixture<CuratorBrowserApp>
{
    private const string ProvisionalTitle = "Multi-Method Self-Training (MMST)";
    private const string RealTitle = "Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa";
    private const string ListSlug = "personal-learning-space";

    /// <summary>A public paper page (a saved title may give the paper a new slug).</summary>
    private static readonly Regex PublicPaperPage = new("^https?://[^/]+/papers/[^/?#]+$");

    [Fact]
    public async Task A_curator_fixes_the_provisional_paper_reorders_a_list_readers_see_both_and_the_title_change_is_reverted_from_history()
    {
        var paperSlug = await SlugOfAsync(ProvisionalTitle);
        var (first, second) = await FirstTwoEntriesAsync();

        // A reader has both pages in the output cache before anything changes.
        var reader = await app.NewPageAsync();
        await reader.GotoAsync($"/papers/{paperSlug}");
        Assert.Equal(ProvisionalTitle, await reader.Locator("h1").InnerTextAsync());
        await reader.GotoAsync($"/lists/{ListSlug}");
        var cached = await reader.GotoAsync($"/lists/{ListSlug}");
        Assert.True(await cached!.HeaderValueAsync("age") is not null, "the reader's second visit should come from the output cache");
        Assert.Equal([first, second], (await EntryTitlesAsync(reader)).Take(2));

        // Sign in through the form, open the review queue, fix the provisional title in one action.
        var curator = await app.SignInAsync(CuratorWebApp.Curator);
        await curator.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await curator.WaitForURLAsync("**/curate/review");
        var item = curator.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "gives no title" })
            .Filter(new() { Has = curator.GetByRole(AriaRole.Link, new() { Name = ProvisionalTitle, Exact = true }) });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await item.GetByLabel("Title").FillAsync(RealTitle);
        await item.GetByLabel("Year").FillAsync("2023");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save and resolve" }).ClickAsync();
        await curator.WaitForURLAsync("**/curate/review");
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Link, new() { Name = ProvisionalTitle, Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(curator.GetByRole(AriaRole.Link, new() { Name = RealTitle, Exact = true })).ToHaveCountAsync(0);

        // Reorder a list from its public page's edit link: the second entry moves up.
        await curator.GotoAsync($"/lists/{ListSlug}");
        await curator.GetByRole(AriaRole.Navigation, new() { Name = "Curator actions" }).GetByRole(AriaRole.Link, new() { Name = "Edit list" }).ClickAsync();
        await curator.WaitForURLAsync(new Regex("/curate/lists/\\d+/edit$"));
        await curator.GetByRole(AriaRole.Button, new() { Name = $"Move up “{second}”", Exact = true }).ClickAsync();
        await curator.WaitForURLAsync(new Regex("/curate/lists/\\d+/edit(#.*)?$"));
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToHaveTextAsync("The list was saved.");
        Assert.Equal([second, first], (await curator.Locator("li.list-entry > fieldset > legend").AllInnerTextsAsync()).Take(2));

        // The reader, still anonymous in their own browser, sees both changes.
        Assert.True(
            await CuratorBrowserApp.EventuallyAsync(reader, $"/papers/{paperSlug}", async p => await p.Locator("h1").InnerTextAsync() == RealTitle),
            $"the reader still sees “{await reader.Locator("h1").InnerTextAsync()}” on the paper page");
        Assert.Equal("2023", await reader.Locator("meta[name='citation_publication_date']").GetAttributeAsync("content"));
        Assert.DoesNotMatch($"/papers/{Regex.Escape(paperSlug)}$", reader.Url); // the new title's slug; the old one redirects
        Assert.True(
            await CuratorBrowserApp.EventuallyAsync(reader, $"/lists/{ListSlug}", async p => (await EntryTitlesAsync(p)).Take(2).SequenceEqual([second, first])),
            $"the reader still sees the list as {string.Join(", ", (await EntryTitlesAsync(reader)).Take(2))}");

        // The paper's history names the curator and the change; restoring the value before it brings the old title back.
        await curator.GotoAsync($"/papers/{paperSlug}");
        await curator.GetByRole(AriaRole.Navigation, new() { Name = "Curator actions" }).GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await curator.WaitForURLAsync(new Regex("/curate/papers/\\d+/history$"));
        var changes = await ChangeRowsAsync(curator);
        var titleChange = Assert.Single(changes, c => c.Field == "title");
        Assert.Equal((CuratorWebApp.Curator, "update paper", ProvisionalTitle, RealTitle), (titleChange.Who, titleChange.What, titleChange.Before, titleChange.After));
        Assert.Contains(changes, c => (c.Who, c.Field, c.Before, c.After) == (CuratorWebApp.Curator, "year", "", "2023"));
        await curator.GetByRole(AriaRole.Row).Nth(titleChange.Row).GetByRole(AriaRole.Button, new() { Name = "Restore before" }).ClickAsync();
        await curator.WaitForURLAsync($"**/papers/{paperSlug}");
        await Assertions.Expect(curator.Locator("h1")).ToHaveTextAsync(ProvisionalTitle);

        // The restore is itself in the history, and the reader sees the old title again.
        await curator.GetByRole(AriaRole.Navigation, new() { Name = "Curator actions" }).GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await curator.WaitForURLAsync(new Regex("/curate/papers/\\d+/history$"));
        var restore = Assert.Single(await ChangeRowsAsync(curator), c => c.What == "restore paper");
        Assert.Equal((CuratorWebApp.Curator, "title", RealTitle, ProvisionalTitle), (restore.Who, restore.Field, restore.Before, restore.After));
        Assert.True(
            await CuratorBrowserApp.EventuallyAsync(reader, $"/papers/{paperSlug}", async p => await p.Locator("h1").InnerTextAsync() == ProvisionalTitle),
            $"the reader still sees “{await reader.Locator("h1").InnerTextAsync()}” after the restore");

        await using var db = app.CreateDbContext();
        var paper = await db.Papers.AsNoTracking().SingleAsync(p => p.Slug == paperSlug);
        Assert.Equal((ProvisionalTitle, (int?)2023), (paper.Title, paper.Year));
        Assert.Empty(app.DialogsSeen);
        Assert.Empty(app.FailedResources);
    }

    [Fact]
    public async Task The_second_of_two_curators_editing_one_paper_sees_the_conflict_and_loses_nothing()
    {
        var slug = await SlugOfAsync("Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks");
        long id;
        await using (var db = app.CreateDbContext())
        {
            id = await db.Papers.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        }

        var first = await app.SignInAsync(CuratorWebApp.Curator);
        var second = await app.SignInAsync(CuratorWebApp.SecondCurator);
        foreach (var curator in new[] { first, second })
        {
            await curator.GotoAsync($"/papers/{slug}");
            await curator.GetByRole(AriaRole.Navigation, new() { Name = "Curator actions" }).GetByRole(AriaRole.Link, new() { Name = "Edit paper" }).ClickAsync();
            await curator.WaitForURLAsync(new Regex("/curate/papers/\\d+/edit$"));
        }

        await first.GetByLabel("Title", new() { Exact = true }).FillAsync("Sentence-BERT (first curator)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await first.WaitForURLAsync(PublicPaperPage);
        await Assertions.Expect(first.Locator("h1")).ToHaveTextAsync("Sentence-BERT (first curator)");

        await second.GetByLabel("Title", new() { Exact = true }).FillAsync("Sentence-BERT (second curator)");
        await second.GetByLabel("Year").FillAsync("2020");
        var refused = await second.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.ResourceType == "document");
        await second.WaitForLoadStateAsync();

        Assert.Equal(409, refused.Status);
        var conflict = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else saved this paper while you were editing" });
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync(CuratorWebApp.Curator);
        var titleRow = conflict.GetByRole(AriaRole.Row).Filter(new() { Has = second.GetByRole(AriaRole.Rowheader, new() { Name = "Title", Exact = true }) });
        Assert.Equal(["Sentence-BERT (second curator)", "Sentence-BERT (first curator)"], await titleRow.GetByRole(AriaRole.Cell).AllInnerTextsAsync());
        var yearRow = conflict.GetByRole(AriaRole.Row).Filter(new() { Has = second.GetByRole(AriaRole.Rowheader, new() { Name = "Year", Exact = true }) });
        Assert.Equal("2020", (await yearRow.GetByRole(AriaRole.Cell).AllInnerTextsAsync())[0]);
        // Nothing of the second curator's is lost: the form still holds their values...
        await Assertions.Expect(second.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Sentence-BERT (second curator)");
        await Assertions.Expect(second.GetByLabel("Year")).ToHaveValueAsync("2020");
        // ...and nothing of the first curator's was overwritten.
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("Sentence-BERT (first curator)", (await db.Papers.AsNoTracking().SingleAsync(p => p.Id == id)).Title);
        }

        // Saving again knowingly applies the second curator's version.
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await second.WaitForURLAsync(PublicPaperPage);
        await Assertions.Expect(second.Locator("h1")).ToHaveTextAsync("Sentence-BERT (second curator)");
        await using var check = app.CreateDbContext();
        var saved = await check.Papers.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(("Sentence-BERT (second curator)", (int?)2020), (saved.Title, saved.Year));
        Assert.Equal(
            [CuratorWebApp.Curator, CuratorWebApp.SecondCurator],
            await check.AuditEntries.Where(a => a.EntityType == "paper" && a.EntityId == saved.Id && a.Field == "title").OrderBy(a => a.Id).Select(a => a.Actor).ToListAsync());
        Assert.Empty(app.DialogsSeen);
    }

    /// <summary>The rows of a history table as a reader of it sees them, with each row's index among the page's rows.</summary>
    private static async Task<IReadOnlyList<Change>> ChangeRowsAsync(IPage page)
    {
        var rows = await page.GetByRole(AriaRole.Row).EvaluateAllAsync<string[][]>(
            """
            rows => rows.map(r => r.closest('table.changes') && r.querySelector('td')
                ? [...r.querySelectorAll('td')].slice(0, 5).map((td, i) => i === 2
                    ? [td.firstChild.textContent.trim().replace(/\s+/g, ' '), td.querySelector('.field-name')?.textContent ?? ''].join('|')
                    : td.innerText.trim())
                : [])
            """);
        return rows.Select((cells, index) => (cells, index)).Where(r => r.cells.Length == 5).Select(r =>
        {
            var what = r.cells[2].Split('|');
            return new Change(r.index, r.cells[1], what[0], what[1], r.cells[3], r.cells[4]);
        }).ToList();
    }

    private sealed record Change(int Row, string Who, string What, string Field, string Before, string After);

    private static async Task<IReadOnlyList<string>> EntryTitlesAsync(IPage page) =>
        await page.Locator("li.entry .card-title").AllInnerTextsAsync();

    private async Task<string> SlugOfAsync(string title)
    {
        await using var db = app.CreateDbContext();
        return await db.Papers.Where(p => p.Title == title && p.MergedIntoId == null).Select(p => p.Slug).SingleAsync();
    }

    private async Task<(string First, string Second)> FirstTwoEntriesAsync()
    {
        await using var db = app.CreateDbContext();
        var titles = await db.ListEntries.Where(e => e.List!.Slug == ListSlug).OrderBy(e => e.Position).Select(e => e.Paper!.Title).Take(2).ToListAsync();
        return (titles[0], titles[1]);
    }
}
