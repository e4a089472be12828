using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate.Tags;

/// <summary>Tags through the curator page: created, renamed and deleted with anti-forgery, validated in place, never a lost update.</summary>
public sealed class TagPageTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Theory]
    [InlineData("", "Enter a name.")]
    [InlineData("Code!", "There is already a tag “Code generation” with the address “code”.")]
    public async Task A_new_tag_with_a_bad_name_is_refused_with_the_message_next_to_the_field(string name, string message)
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        using var response = await CuratorWebApp.PostFormAsync(client, "/curate/tags?handler=Create", new() { ["input.Name"] = name }, formPage: "/curate/tags");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await FormFields.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("#new-tag-error")!.TextContent);
        Assert.Equal("new-tag-error", page.QuerySelector("#new-tag-name")!.GetAttribute("aria-describedby"));
        Assert.Equal(name, page.QuerySelector("#new-tag-name")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_tag_is_created_renamed_and_deleted_and_each_step_is_in_the_history()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        using var created = await CuratorWebApp.PostFormAsync(client, "/curate/tags?handler=Create", new() { ["input.Name"] = "Agents" }, formPage: "/curate/tags");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await TagIdAsync("agents");
        var tooLong = await PostRowAsync(client, id, "Rename", f => f["input.Name"] = new string('x', 101));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.Status);
        Assert.Equal("A tag name can have at most 100 characters.", tooLong.Page.QuerySelector($"#tag-{id}-error")!.TextContent);
        var renamed = await PostRowAsync(client, id, "Rename", f => f["input.Name"] = "LLM agents");
        Assert.Equal(HttpStatusCode.Redirect, renamed.Status);
        Assert.Equal(id, await TagIdAsync("llm-agents"));
        var deleted = await PostRowAsync(client, id, "Delete", _ => { });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        await using var db = app.CreateDbContext();
        Assert.False(await db.Tags.AnyAsync(t => t.Id == id));
        Assert.Equal(["create", "update", "delete"], await db.AuditEntries.Where(a => a.EntityType == "tag" && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        var page = await FormFields.ParseAsync(await client.GetAsync(new Uri("/curate/tags", UriKind.Relative)));
        Assert.Contains("LLM agents", page.QuerySelector("section[aria-labelledby='history-heading']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_renames_is_refused_with_both_versions_and_can_be_reapplied()
    {
        using var first = await app.SignedInAsync(CuratorWebApp.Curator);
        using var second = await app.SignedInAsync(CuratorWebApp.SecondCurator);
        var id = await TagIdAsync("open-models");
        var firstForm = await RowFormAsync(first, id, "Rename");
        var secondForm = await RowFormAsync(second, id, "Rename");
        firstForm["input.Name"] = "Open-weight models";
        secondForm["input.Name"] = "Openly licensed models";

        using var saved = await Post(first, "Rename", firstForm);
        using var refused = await Post(second, "Rename", secondForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await FormFields.ParseAsync(refused);
        var cells = page.QuerySelectorAll(".conflict td").Select(td => td.TextContent).ToList();
        Assert.Equal(["Openly licensed models", "Open-weight models"], cells);
        Assert.Contains(CuratorWebApp.Curator, page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("Open-weight models", (await db.Tags.SingleAsync(t => t.Id == id)).Name);
        }

        using var reapplied = await Post(second, "Rename", FormFields.Of(page.QuerySelector($"#tag-{id} form[action$='handler=Rename']")!));
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.Equal("Openly licensed models", (await check.Tags.SingleAsync(t => t.Id == id)).Name);
    }

    private async Task<long> TagIdAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return await db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
    }

    private static Task<Dictionary<string, string>> RowFormAsync(HttpClient client, long id, string handler) =>
        FormFields.ReadAsync(client, "/curate/tags", $"#tag-{id} form[action$='handler={handler}']");

    private static Task<HttpResponseMessage> Post(HttpClient client, string handler, Dictionary<string, string> form) =>
        client.PostAsync(new Uri($"/curate/tags?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(form));

    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> PostRowAsync(HttpClient client, long id, string handler, Action<Dictionary<string, string>> change)
    {
        var form = await RowFormAsync(client, id, handler);
        change(form);
        using var response = await Post(client, handler, form);
        return (response.StatusCode, await FormFields.ParseAsync(response));
    }
}
