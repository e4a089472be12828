using System.Net;
using AngleSharp.Html.Parser;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate;

/// <summary>Editing a paper through the form: saved with history, validated next to the field, never a lost update.</summary>
public sealed class PaperEditTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public async Task A_saved_edit_changes_the_paper_writes_history_and_marks_the_fields_curator_owned()
    {
        var id = await PaperIdAsync("1907.11692");
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var form = await FormAsync(client, id);
        form["Form.Title"] = "RoBERTa: A Robustly Optimized BERT Pretraining Approach (curated)";
        form["Form.Year"] = "2019";
        form["Form.Tags"] = "Encoders, Pretraining";

        using var response = await Post(client, id, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/papers/roberta-a-robustly-optimized-bert-pretraining-approach-curated-1907-11692", response.Headers.Location!.OriginalString);
        await using var db = app.CreateDbContext();
        var paper = await db.Papers.AsNoTracking().Include(p => p.Tags).ThenInclude(t => t.Tag).SingleAsync(p => p.Id == id);
        Assert.Equal("RoBERTa: A Robustly Optimized BERT Pretraining Approach (curated)", paper.Title);
        Assert.Equal(["encoders", "pretraining"], paper.Tags.Select(t => t.Tag!.Slug).Order());
        Assert.Contains("title", paper.CuratedFields);
        Assert.Contains("tags", paper.CuratedFields);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "paper" && a.EntityId == id && a.Actor == CuratorWebApp.Curator).ToListAsync();
        Assert.Contains(history, a => a.Field == "title" && a.OldValue == "RoBERTa: A Robustly Optimized BERT Pretraining Approach" && a.NewValue == paper.Title);
        Assert.Contains(history, a => a.Field == "tags" && a.NewValue == "Encoders\nPretraining");
        Assert.Single(history.Select(a => a.ChangeSet).Distinct());
        Assert.True(await db.SlugRedirects.AnyAsync(r => r.OldSlug == "roberta-a-robustly-optimized-bert-pretraining-approach-1907-11692" && r.TargetId == id));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_both_versions_and_can_be_reapplied()
    {
        var id = await PaperIdAsync("1908.10084");
        using var first = await app.SignedInAsync(CuratorWebApp.Curator);
        using var second = await app.SignedInAsync(CuratorWebApp.SecondCurator);
        var firstForm = await FormAsync(first, id);
        var secondForm = await FormAsync(second, id);
        firstForm["Form.Title"] = "Sentence-BERT (first curator)";
        secondForm["Form.Title"] = "Sentence-BERT (second curator)";

        using var saved = await Post(first, id, firstForm);
        using var refused = await Post(second, id, secondForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Contains(CuratorWebApp.Curator, conflict.TextContent, StringComparison.Ordinal);
        var titleRow = conflict.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Title");
        Assert.Equal(["Sentence-BERT (second curator)", "Sentence-BERT (first curator)"], titleRow.QuerySelectorAll("td").Select(td => td.TextContent));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("Sentence-BERT (first curator)", (await db.Papers.SingleAsync(p => p.Id == id)).Title);
        }

        // The conflict page's form carries the second curator's values and the current version: saving re-applies them.
        var reapply = page.QuerySelectorAll("form.form input[name], form.form select[name]")
            .Select(e => (e.GetAttribute("name")!, e.GetAttribute("value") ?? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")?.GetAttribute("value") ?? ""))
            .GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
        using var reapplied = await Post(second, id, reapply);
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.Equal("Sentence-BERT (second curator)", (await check.Papers.SingleAsync(p => p.Id == id)).Title);
    }

    [Theory]
    [InlineData("Form.Title", "", "Enter a title.")]
    [InlineData("Form.Year", "1900", "The year must be between 1950 and next year.")]
    [InlineData("Form.ArxivId", "not-an-id", "Enter an arXiv id such as 1706.03762")]
    [InlineData("Form.Links[0].Url", "javascript:alert(1)", "Row 1: Enter a web address starting with http:// or https://.")]
    [InlineData("Form.ArxivId", "1706.03762", "already belongs to \"Attention Is All You Need\"")]
    public async Task Invalid_values_are_refused_with_a_message_next_to_the_field(string field, string value, string message)
    {
        var id = await PaperIdAsync("2006.16236");
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var form = await FormAsync(client, id);
        form[field] = value;

        using var response = await Post(client, id, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var errors = string.Join(" | ", page.QuerySelectorAll(".field-error, .form-errors").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Contains(message, errors, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal("Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", (await db.Papers.SingleAsync(p => p.Id == id)).Title);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var id = await PaperIdAsync("2006.16236");
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        var form = await FormAsync(client, id);
        form.Remove("__RequestVerificationToken");
        form["Form.Title"] = "Forged";

        using var response = await client.PostAsync(new Uri($"/curate/papers/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.NotEqual("Forged", (await db.Papers.SingleAsync(p => p.Id == id)).Title);
    }

    private async Task<long> PaperIdAsync(string arxivId)
    {
        await using var db = app.CreateDbContext();
        return await db.Papers.Where(p => p.ArxivId == arxivId).Select(p => p.Id).SingleAsync();
    }

    /// <summary>The edit form's fields as the browser would post them.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, long id)
    {
        var html = await client.GetStringAsync(new Uri($"/curate/papers/{id}/edit", UriKind.Relative));
        var page = await new HtmlParser().ParseDocumentAsync(html);
        var fields = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll("form.form input[name]"))
        {
            fields[input.GetAttribute("name")!] = input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var select in page.QuerySelectorAll("form.form select[name]"))
        {
            fields[select.GetAttribute("name")!] = (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty;
        }

        return fields;
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, long id, Dictionary<string, string> form) =>
        client.PostAsync(new Uri($"/curate/papers/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(form));
}
