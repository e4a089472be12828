using System.Net;
using System.Text.Json;

namespace LlmReadingList.Tests.Api;

/// <summary><c>/api/lists</c>, <c>/api/lists/{id}</c>, <c>/api/authors</c>, <c>/api/authors/{id}</c> and <c>/api/tags</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class CatalogApiTests(ApiCatalog app)
{
    [Fact]
    public async Task Lists_name_every_list_with_its_source_and_addresses()
    {
        using var client = app.CreateClient();

        var (_, lists) = await ApiJson.GetAsync(client, "/api/lists");

        var list = Assert.Single(lists.Items());
        Assert.Equal((app.ListId, ApiCatalog.ListSlug, "Transformer reading", 3), (list.GetProperty("id").GetInt64(), list.Text("slug"), list.Text("title"), list.GetProperty("entryCount").GetInt32()));
        Assert.Equal("Where transformers came from.", list.Text("description"));
        Assert.Equal("Forty papers to read", list.GetProperty("source").Text("title"));
        Assert.Equal($"https://localhost/api/lists/{app.ListId}", list.Text("url"));
        Assert.Equal($"https://localhost/lists/{ApiCatalog.ListSlug}", list.Text("htmlUrl"));
        Assert.Equal($"https://localhost/api/papers?list={ApiCatalog.ListSlug}", list.Text("papersUrl"));
    }

    [Fact]
    public async Task A_list_has_its_entries_in_order_with_sections_and_notes_and_merged_papers_as_their_survivor()
    {
        using var client = app.CreateClient();

        var (_, list) = await ApiJson.GetAsync(client, $"/api/lists/{app.ListId}");

        Assert.Equal(ApiCatalog.ListSlug, list.Text("slug"));
        Assert.Equal(["Foundations", "Pre-training"], list.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
        var entries = list.Items("entries");
        Assert.Equal([1, 2, 3], entries.Select(e => e.GetProperty("position").GetInt32()));
        Assert.Equal(["Foundations", "Pre-training", "Pre-training"], entries.Select(e => e.Text("section")));
        Assert.Equal("Start here.", entries[0].Text("note"));
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("note").ValueKind);
        Assert.Equal([app.AttentionId, app.BertId, app.AttentionId], entries.Select(e => e.GetProperty("paper").GetProperty("id").GetInt64()));
        Assert.Equal($"https://localhost/api/papers/{app.BertId}", entries[1].GetProperty("paper").Text("url"));
        Assert.Equal(2018, entries[1].GetProperty("paper").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Authors_come_by_name_a_page_at_a_time_without_merged_ones()
    {
        using var client = app.CreateClient();

        var (_, page) = await ApiJson.GetAsync(client, "/api/authors");
        var (_, past) = await ApiJson.GetAsync(client, "/api/authors?page=7");

        var names = page.Items().Select(a => a.Text("name")).ToList();
        Assert.Equal(["Ashish Vaswani", "Google Brain", "Jacob Devlin", "Mara Quillfeather", "Noam Shazeer"], names);
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal((1, 100, 1), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("pageCount").GetInt32()));
        var mara = page.Items().Single(a => a.Text("name") == "Mara Quillfeather");
        Assert.Equal(ApiCatalog.ScalingPapers, mara.GetProperty("paperCount").GetInt32());
        Assert.Equal("organization", page.Items().Single(a => a.Text("name") == "Google Brain").Text("kind"));
        Assert.Equal("https://localhost/api/authors", page.GetProperty("links").Text("self"));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Empty(past.Items());
        Assert.Equal("https://localhost/api/authors", past.GetProperty("links").Text("prev"));
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=100001")]
    [InlineData("page=99999999999999")]
    public async Task A_malformed_authors_page_is_a_400_problem(string query)
    {
        using var client = app.CreateClient();

        var (response, problem) = await ApiJson.GetAsync(client, $"/api/authors?{query}", HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task An_author_has_its_other_names_and_papers_and_a_merged_author_moves_to_its_survivor()
    {
        using var client = app.CreateClient();

        var (_, author) = await ApiJson.GetAsync(client, $"/api/authors/{app.VaswaniId}");
        using var merged = await client.GetAsync(new Uri($"/api/authors/{app.MergedAuthorId}", UriKind.Relative));
        var (_, missing) = await ApiJson.GetAsync(client, "/api/authors/999999999", HttpStatusCode.NotFound);

        Assert.Equal(("Ashish Vaswani", "ashish-vaswani", "person"), (author.Text("name"), author.Text("slug"), author.Text("kind")));
        Assert.Equal([app.AttentionId], author.Items("papers").Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal("https://localhost/authors/ashish-vaswani", author.Text("htmlUrl"));
        Assert.Equal("https://localhost/api/papers?author=ashish-vaswani", author.Text("papersUrl"));
        Assert.Equal(HttpStatusCode.MovedPermanently, merged.StatusCode);
        Assert.Equal($"/api/authors/{app.VaswaniId}", merged.Headers.Location!.OriginalString);
        Assert.Equal("No author has id 999999999.", missing.Text("detail"));
    }

    [Fact]
    public async Task Tags_name_every_tag_with_its_paper_count()
    {
        using var client = app.CreateClient();

        var (_, tags) = await ApiJson.GetAsync(client, "/api/tags");

        var tag = Assert.Single(tags.Items());
        Assert.Equal((app.TagId, "transformers", "Transformers", 2), (tag.GetProperty("id").GetInt64(), tag.Text("slug"), tag.Text("name"), tag.GetProperty("paperCount").GetInt32()));
        Assert.Equal("https://localhost/tags/transformers", tag.Text("htmlUrl"));
        Assert.Equal("https://localhost/api/papers?tag=transformers", tag.Text("papersUrl"));
    }

    [Fact]
    public async Task A_missing_list_is_a_404_problem()
    {
        using var client = app.CreateClient();

        var (response, problem) = await ApiJson.GetAsync(client, "/api/lists/999999999", HttpStatusCode.NotFound);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No reading list has id 999999999.", problem.Text("detail"));
    }
}
