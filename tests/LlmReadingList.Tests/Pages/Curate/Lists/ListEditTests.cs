using System.Globalization;
using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate.Lists;

/// <summary>Lists through the curator pages: created, described, filled, reordered and sectioned, never a lost update.</summary>
public sealed class ListEditTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    private const string Attention = "1706.03762";
    private const string Bert = "1810.04805";
    private const string Roberta = "1907.11692";

    [Theory]
    [InlineData("", "picks-a", "Form.Title", "Enter a title.")]
    [InlineData("Picks", "Bad Slug!", "Form.Slug", "Use lower-case letters, digits and single hyphens (e.g. my-reading-list).")]
    [InlineData("Picks", "llm-papers-40", "Form.Slug", "Another list already has the address “llm-papers-40”.")]
    public async Task A_new_list_with_a_bad_value_is_refused_with_the_message_next_to_the_field(string title, string slug, string field, string message)
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        using var response = await CuratorWebApp.PostFormAsync(client, "/curate/lists/new", new() { ["Form.Title"] = title, ["Form.Slug"] = slug });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FormFields.MessageFor(await FormFields.ParseAsync(response), field));
        await using var db = app.CreateDbContext();
        Assert.False(await db.ReadingLists.AnyAsync(l => l.Slug == slug && l.SourceId == null));
    }

    [Fact]
    public async Task A_curator_creates_a_list_fills_it_sections_it_reorders_it_and_removes_from_it()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var id = await CreateAsync(client, "Transformers, step by step", "transformers-step-by-step");

        // Add by arXiv link, by exact title (any case) and by slug.
        await SaveAsync(client, id, f => (f["Form.Add.Paper"], f["Form.Add.Section"]) = ($"https://arxiv.org/abs/{Attention}v5", "Foundations"));
        await SaveAsync(client, id, f => f["Form.Add.Paper"] = "bert: pre-training of deep bidirectional transformers for language understanding");
        await SaveAsync(client, id, f => (f["Form.Add.Paper"], f["Form.Add.Note"]) = ("roberta-a-robustly-optimized-bert-pretraining-approach-1907-11692", "BERT, trained longer"));
        Assert.Equal([Attention, Bert, Roberta], await OrderAsync(id));

        // A position number moves RoBERTa to the top; the move buttons then step it down twice and BERT back up.
        await SaveAsync(client, id, async f => f[await RowAsync(id, Roberta, "Position")] = "1");
        Assert.Equal([Roberta, Attention, Bert], await OrderAsync(id));
        var moved = await SaveAsync(client, id, f => f["Form.Command"] = $"down:{PaperId(Roberta)}");
        Assert.Equal($"/curate/lists/{id}/edit#entry-{PaperId(Roberta)}", moved);
        await SaveAsync(client, id, f => f["Form.Command"] = $"down:{PaperId(Roberta)}");
        await SaveAsync(client, id, f => f["Form.Command"] = $"up:{PaperId(Roberta)}");
        Assert.Equal([Attention, Roberta, Bert], await OrderAsync(id));

        // Sections, notes and the description are saved together; then an entry is removed.
        await SaveAsync(client, id, async f =>
        {
            f["Form.Description"] = "From attention to encoders.";
            f[await RowAsync(id, Roberta, "Section")] = "Encoders";
            f[await RowAsync(id, Bert, "Section")] = "Encoders";
            f[await RowAsync(id, Bert, "Note")] = "Read before RoBERTa.";
        });
        await SaveAsync(client, id, f => f["Form.Command"] = $"remove:{PaperId(Attention)}");

        await using var db = app.CreateDbContext();
        var list = await db.ReadingLists.AsNoTracking().Include(l => l.Entries).ThenInclude(e => e.Paper).SingleAsync(l => l.Id == id);
        Assert.Equal("From attention to encoders.", list.Description);
        Assert.Equal(
            [(0, Roberta, "Encoders", "BERT, trained longer"), (1, Bert, "Encoders", "Read before RoBERTa.")],
            list.Entries.OrderBy(e => e.Position).Select(e => (e.Position, e.Paper!.ArxivId!, e.Section!, e.Note!)));
        var changes = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "list" && a.EntityId == id).ToListAsync();
        Assert.Equal(10, changes.Select(a => a.ChangeSet).Distinct().Count());
        Assert.All(changes, a => Assert.Equal(CuratorWebApp.Curator, a.Actor));
        Assert.Equal(
            $"1 | {list.Entries.Single(e => e.Position == 0).Paper!.Slug} | Encoders | BERT, trained longer\n2 | {list.Entries.Single(e => e.Position == 1).Paper!.Slug} | Encoders | Read before RoBERTa.",
            changes.OrderBy(a => a.Id).Last().NewValue);
    }

    [Fact]
    public async Task An_unknown_paper_a_paper_already_listed_and_an_empty_title_are_refused_next_to_their_fields()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var id = await CreateAsync(client, "Refusals", "refusals");
        await SaveAsync(client, id, f => f["Form.Add.Paper"] = Attention);

        var unknown = await PostAsync(client, id, f => f["Form.Add.Paper"] = "no-such-paper");
        var twice = await PostAsync(client, id, f => f["Form.Add.Paper"] = "Attention is all you need!");
        var untitled = await PostAsync(client, id, f => f["Form.Title"] = " ");

        Assert.Equal((HttpStatusCode.OK, "No paper has the slug, arXiv id or title “no-such-paper”."), (unknown.Status, FormFields.MessageFor(unknown.Page, "Form.Add.Paper")));
        Assert.Equal("“Attention Is All You Need” is already in this list, at position 1.", FormFields.MessageFor(twice.Page, "Form.Add.Paper"));
        Assert.Equal("no-such-paper", unknown.Page.QuerySelector("#Form_Add_Paper")!.GetAttribute("value"));
        Assert.Equal("Enter a title.", FormFields.MessageFor(untitled.Page, "Form.Title"));
        Assert.Equal([Attention], await OrderAsync(id));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_both_versions_and_can_be_reapplied()
    {
        using var first = await app.SignedInAsync(CuratorWebApp.Curator);
        using var second = await app.SignedInAsync(CuratorWebApp.SecondCurator);
        var id = await CreateAsync(first, "Shared list", "shared-list");
        await SaveAsync(first, id, f => f["Form.Add.Paper"] = Attention);
        await SaveAsync(first, id, f => f["Form.Add.Paper"] = Bert);
        var firstForm = await FormAsync(first, id);
        var secondForm = await FormAsync(second, id);
        firstForm["Form.Command"] = $"up:{PaperId(Bert)}";
        secondForm["Form.Title"] = "Shared list (second curator)";

        using var saved = await Post(first, id, firstForm);
        using var refused = await Post(second, id, secondForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await FormFields.ParseAsync(refused);
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Equal("alert", conflict.GetAttribute("role"));
        Assert.Contains(CuratorWebApp.Curator, conflict.TextContent, StringComparison.Ordinal);
        string[] Cells(string field) => conflict.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == field)
            .QuerySelectorAll("td").Select(td => string.Join(" / ", td.QuerySelectorAll("li").Select(li => li.TextContent.Trim().Split('\n')[0].Trim())) is { Length: > 0 } items ? items : td.TextContent.Trim()).ToArray();
        Assert.Equal(["Shared list (second curator)", "Shared list"], Cells("Title"));
        Assert.Equal(["Attention Is All You Need / BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding / Attention Is All You Need"], Cells("Entries"));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("Shared list", (await db.ReadingLists.SingleAsync(l => l.Id == id)).Title);
            Assert.Equal([Bert, Attention], await OrderAsync(id));
        }

        // The conflict page's form holds the second curator's version with the current version number: saving applies it.
        using var reapplied = await Post(second, id, FormFields.Of(page.QuerySelector("form.list-form")!));
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.Equal("Shared list (second curator)", (await check.ReadingLists.SingleAsync(l => l.Id == id)).Title);
        Assert.Equal([Attention, Bert], await OrderAsync(id));
    }

    [Fact]
    public async Task A_list_mirroring_an_article_can_be_edited_and_a_change_restored_from_its_history()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        long id;
        await using (var db = app.CreateDbContext())
        {
            id = await db.ReadingLists.Where(l => l.Slug == "mmst-abstract").Select(l => l.Id).SingleAsync();
        }

        var page = await FormFields.ParseAsync(await client.GetAsync(new Uri($"/curate/lists/{id}/edit", UriKind.Relative)));
        Assert.Contains("mirrors the article", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await SaveAsync(client, id, f => (f["Form.Title"], f["Form.Add.Paper"]) = ("MMST, curated", Attention));
        long titleChange;
        await using (var db = app.CreateDbContext())
        {
            titleChange = await db.AuditEntries.Where(a => a.EntityType == "list" && a.EntityId == id && a.Field == "title" && a.Actor == CuratorWebApp.Curator).Select(a => a.Id).SingleAsync();
            Assert.Contains("title", (await db.ReadingLists.SingleAsync(l => l.Id == id)).CuratedFields);
        }

        using var restored = await CuratorWebApp.PostFormAsync(client, $"/curate/history/{titleChange}/restore", [], formPage: $"/curate/lists/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal($"/curate/lists/{id}/edit", restored.Headers.Location!.OriginalString);
        await using var check = app.CreateDbContext();
        Assert.Equal("Multi-Method Self-Training abstract, with a Chinese translation", (await check.ReadingLists.SingleAsync(l => l.Id == id)).Title);
        Assert.Equal(2, await check.ListEntries.CountAsync(e => e.ListId == id));
    }

    [Fact]
    public async Task The_lists_page_links_every_list_and_a_post_without_the_anti_forgery_token_is_refused()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var id = await CreateAsync(client, "Forgery target", "forgery-target");
        var form = await FormAsync(client, id);
        form.Remove("__RequestVerificationToken");
        form["Form.Title"] = "Forged";

        using var forged = await Post(client, id, form);
        var index = await FormFields.ParseAsync(await client.GetAsync(new Uri("/curate/lists", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var links = index.QuerySelectorAll("a[href^='/curate/lists/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/curate/lists/{id}/edit", links);
        Assert.Contains("/curate/lists/new", links);
        await using var db = app.CreateDbContext();
        Assert.Equal(await db.ReadingLists.CountAsync() + 1, links.Count);
        Assert.Equal("Forgery target", (await db.ReadingLists.SingleAsync(l => l.Id == id)).Title);
    }

    private async Task<long> CreateAsync(HttpClient client, string title, string slug)
    {
        using var response = await CuratorWebApp.PostFormAsync(client, "/curate/lists/new", new() { ["Form.Title"] = title, ["Form.Slug"] = slug });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var id = await db.ReadingLists.Where(l => l.Slug == slug).Select(l => l.Id).SingleAsync();
        Assert.Equal($"/curate/lists/{id}/edit", response.Headers.Location!.OriginalString);
        return id;
    }

    /// <summary>Loads the edit form, changes it, posts it, expects the redirect of a saved change and returns where it leads.</summary>
    private static async Task<string> SaveAsync(HttpClient client, long id, Func<Dictionary<string, string>, Task> change)
    {
        var form = await FormAsync(client, id);
        await change(form);
        using var response = await Post(client, id, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    private static Task<string> SaveAsync(HttpClient client, long id, Action<Dictionary<string, string>> change) =>
        SaveAsync(client, id, form =>
        {
            change(form);
            return Task.CompletedTask;
        });

    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> PostAsync(HttpClient client, long id, Action<Dictionary<string, string>> change)
    {
        var form = await FormAsync(client, id);
        change(form);
        using var response = await Post(client, id, form);
        return (response.StatusCode, await FormFields.ParseAsync(response));
    }

    private static Task<Dictionary<string, string>> FormAsync(HttpClient client, long id) =>
        FormFields.ReadAsync(client, $"/curate/lists/{id}/edit", "form.list-form");

    private static Task<HttpResponseMessage> Post(HttpClient client, long id, Dictionary<string, string> form) =>
        client.PostAsync(new Uri($"/curate/lists/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(form));

    /// <summary>The form name of one field of the row holding the paper with this arXiv id.</summary>
    private async Task<string> RowAsync(long listId, string arxivId, string field)
    {
        await using var db = app.CreateDbContext();
        var position = await db.ListEntries.Where(e => e.ListId == listId && e.Paper!.ArxivId == arxivId).Select(e => e.Position).SingleAsync();
        return string.Create(CultureInfo.InvariantCulture, $"Form.Entries[{position}].{field}");
    }

    private long PaperId(string arxivId)
    {
        using var db = app.CreateDbContext();
        return db.Papers.Where(p => p.ArxivId == arxivId).Select(p => p.Id).Single();
    }

    private async Task<List<string>> OrderAsync(long listId)
    {
        await using var db = app.CreateDbContext();
        return await db.ListEntries.Where(e => e.ListId == listId).OrderBy(e => e.Position).Select(e => e.Paper!.ArxivId!).ToListAsync();
    }
}
