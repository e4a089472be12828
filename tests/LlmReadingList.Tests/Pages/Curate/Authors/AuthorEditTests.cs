using System.Net;
using LlmReadingList.Catalog;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate.Authors;

/// <summary>Authors through the curator pages: found by any name, renamed, switched, merged and unmerged.</summary>
public sealed class AuthorEditTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public async Task Authors_are_found_by_any_of_their_names()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        var page = await FormFields.ParseAsync(await client.GetAsync(new Uri("/curate/authors?q=carnegie", UriKind.Relative)));

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal("Carnegie Mellon University", row.QuerySelector("a")!.TextContent);
        Assert.Equal($"/curate/authors/{await AuthorIdAsync("carnegie-mellon-university")}/edit", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_rename_and_a_kind_switch_are_saved_with_history_and_an_empty_name_is_refused_next_to_the_field()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var id = await AuthorIdAsync("university-of-waterloo");

        var empty = await PostAsync(client, id, f => f["Form.Name"] = "");
        var saved = await PostAsync(client, id, f => (f["Form.Name"], f["Form.Kind"]) = ("Waterloo University", ((int)AuthorKind.Person).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Enter a name.", FormFields.MessageFor(empty.Page, "Form.Name"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await using var db = app.CreateDbContext();
        var author = await db.Authors.AsNoTracking().Include(a => a.Aliases).SingleAsync(a => a.Id == id);
        Assert.Equal(("Waterloo University", "waterloo-university", AuthorKind.Person), (author.Name, author.Slug, author.Kind));
        Assert.Equal(["University of Waterloo", "Waterloo University"], author.Aliases.Select(a => a.Name).Order());
        Assert.Equal(["kind", "name"], author.CuratedFields.Order());
        Assert.Equal(["kind", "name"], await db.AuditEntries.Where(a => a.EntityType == "author" && a.EntityId == id && a.Actor == CuratorWebApp.Curator).Select(a => a.Field!).OrderBy(f => f).ToListAsync());
    }

    [Fact]
    public async Task After_a_rename_the_old_address_answers_301_to_the_new_slug_even_for_a_reader_who_had_it_cached()
    {
        using var reader = app.CreateClient();
        using (var before = await reader.GetAsync(new Uri("/authors/stanford-university", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var cached = await reader.GetAsync(new Uri("/authors/stanford-university", UriKind.Relative)))
        {
            Assert.True(cached.Headers.Age is not null, "the reader's second visit should come from the output cache");
        }

        using var curator = await app.SignedInAsync(CuratorWebApp.Curator);
        var (status, _) = await PostAsync(curator, await AuthorIdAsync("stanford-university"), f => f["Form.Name"] = "Stanford University (Stanford, CA)");
        Assert.Equal(HttpStatusCode.Redirect, status);

        // The cached 200 is evicted by the change's NOTIFY within moments.
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage old;
        while (true)
        {
            old = await reader.GetAsync(new Uri("/authors/stanford-university", UriKind.Relative));
            if (old.StatusCode != HttpStatusCode.OK || stopwatch.Elapsed > TimeSpan.FromSeconds(5))
            {
                break;
            }

            old.Dispose();
            await Task.Delay(50);
        }

        using (old)
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
            Assert.Equal("/authors/stanford-university-stanford-ca", old.Headers.Location!.OriginalString);
            // permanent for search engines, but not remembered by browsers: a restore may bring the old name back
            Assert.True(old.Headers.CacheControl?.NoCache, $"Cache-Control: {old.Headers.CacheControl}");
        }

        using var moved = await reader.GetAsync(new Uri("/authors/stanford-university-stanford-ca", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains(">Stanford University (Stanford, CA)</h1>", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_both_versions_and_can_be_reapplied()
    {
        using var first = await app.SignedInAsync(CuratorWebApp.Curator);
        using var second = await app.SignedInAsync(CuratorWebApp.SecondCurator);
        var id = await AuthorIdAsync("hugging-face");
        var firstForm = await FormAsync(first, id);
        var secondForm = await FormAsync(second, id);
        firstForm["Form.Name"] = "Hugging Face Inc.";
        secondForm["Form.Name"] = "HuggingFace";

        using var saved = await Post(first, id, firstForm);
        using var refused = await Post(second, id, secondForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await FormFields.ParseAsync(refused);
        var nameRow = page.QuerySelectorAll(".conflict tr").Single(r => r.QuerySelector("th")?.TextContent == "Name");
        Assert.Equal(["HuggingFace", "Hugging Face Inc."], nameRow.QuerySelectorAll("td").Select(td => td.TextContent));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("Hugging Face Inc.", (await db.Authors.SingleAsync(a => a.Id == id)).Name);
        }

        using var reapplied = await Post(second, id, FormFields.Of(page.QuerySelector("main form.form")!));
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.Equal("HuggingFace", (await check.Authors.SingleAsync(a => a.Id == id)).Name);
    }

    [Fact]
    public async Task Merging_from_the_page_moves_the_credits_redirects_the_old_slug_and_the_merge_can_be_undone_from_the_history()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var survivor = await AuthorIdAsync("university-of-california");
        var merged = await AuthorIdAsync("ucla");
        var credits = await CreditsAsync(merged);
        var found = await FormFields.ParseAsync(await client.GetAsync(new Uri($"/curate/authors/{survivor}/merge?duplicate=UCLA", UriKind.Relative)));
        var form = FormFields.Of(found.QuerySelector("main form[method='post']")!);
        Assert.Equal("this", form["Keep"]);

        using var response = await client.PostAsync(new Uri($"/curate/authors/{survivor}/merge", UriKind.Relative), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/curate/authors/{survivor}/edit", response.Headers.Location!.OriginalString);
        Assert.Empty(await CreditsAsync(merged));
        Assert.Superset(credits.ToHashSet(), (await CreditsAsync(survivor)).ToHashSet());
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(survivor, (await db.Authors.SingleAsync(a => a.Id == merged)).MergedIntoId);
            Assert.Equal(survivor, (await db.SlugRedirects.SingleAsync(r => r.EntityType == "author" && r.OldSlug == "ucla")).TargetId);
        }

        // The merged author's curator page leads to the survivor, whose changes offer the undo.
        using var old = await client.GetAsync(new Uri($"/curate/authors/{merged}/edit", UriKind.Relative));
        Assert.Equal($"/curate/authors/{survivor}/edit", old.Headers.Location!.OriginalString);
        var survivorPage = await FormFields.ParseAsync(await client.GetAsync(new Uri($"/curate/authors/{survivor}/edit", UriKind.Relative)));
        var undo = survivorPage.QuerySelectorAll("form[action^='/curate/history/']").Single(f => f.TextContent.Contains("Undo merge", StringComparison.Ordinal));
        using var undone = await client.PostAsync(new Uri(undo.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(FormFields.Of(undo)));

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal($"/curate/authors/{merged}/edit", undone.Headers.Location!.OriginalString);
        Assert.Equal(credits, await CreditsAsync(merged));
        await using var check = app.CreateDbContext();
        Assert.Null((await check.Authors.SingleAsync(a => a.Id == merged)).MergedIntoId);
        Assert.False(await check.SlugRedirects.AnyAsync(r => r.EntityType == "author" && r.OldSlug == "ucla"));
    }

    private async Task<long> AuthorIdAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return await db.Authors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    private async Task<List<long>> CreditsAsync(long authorId)
    {
        await using var db = app.CreateDbContext();
        return await db.PaperAuthors.Where(pa => pa.AuthorId == authorId).Select(pa => pa.PaperId).OrderBy(p => p).ToListAsync();
    }

    private static Task<Dictionary<string, string>> FormAsync(HttpClient client, long id) =>
        FormFields.ReadAsync(client, $"/curate/authors/{id}/edit", "main form.form");

    private static Task<HttpResponseMessage> Post(HttpClient client, long id, Dictionary<string, string> form) =>
        client.PostAsync(new Uri($"/curate/authors/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(form));

    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> PostAsync(HttpClient client, long id, Action<Dictionary<string, string>> change)
    {
        var form = await FormAsync(client, id);
        change(form);
        using var response = await Post(client, id, form);
        return (response.StatusCode, await FormFields.ParseAsync(response));
    }
}
