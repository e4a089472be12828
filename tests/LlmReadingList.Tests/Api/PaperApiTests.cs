using System.Net;
using System.Text.Json;

namespace LlmReadingList.Tests.Api;

/// <summary><c>GET /api/papers/{id}</c>: one paper with everything the paper page shows, by database id.</summary>
[Collection(ApiCollection.Name)]
public sealed class PaperApiTests(ApiCatalog app)
{
    [Fact]
    public async Task A_paper_carries_its_titles_links_authors_in_order_summaries_with_sources_tags_and_lists()
    {
        using var client = app.CreateClient();

        var (response, paper) = await ApiJson.GetAsync(client, $"/api/papers/{app.AttentionId}");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(app.AttentionId, paper.GetProperty("id").GetInt64());
        Assert.Equal(app.AttentionSlug, paper.Text("slug"));
        Assert.Equal(ApiCatalog.AttentionTitle, paper.Text("title"));
        Assert.Equal(2017, paper.GetProperty("year").GetInt32());
        Assert.Equal("1706.03762", paper.Text("arxivId"));
        Assert.Equal($"https://localhost/api/papers/{app.AttentionId}", paper.Text("url"));
        Assert.Equal($"https://localhost/papers/{app.AttentionSlug}", paper.Text("htmlUrl"));
        Assert.Equal(["注意力就是你所需要的一切"], paper.GetProperty("titles").Texts("title"));
        Assert.Equal(["zh"], paper.GetProperty("titles").Texts("language"));
        Assert.Equal(["https://arxiv.org/abs/1706.03762", "https://github.com/tensorflow/tensor2tensor"], paper.GetProperty("links").Texts("url"));
        Assert.Equal(["abstract", "code"], paper.GetProperty("links").Texts("kind"));

        var authors = paper.Items("authors");
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Google Brain"], authors.Select(a => a.Text("name")));
        Assert.Equal([1, 2, 3], authors.Select(a => a.GetProperty("position").GetInt32()));
        Assert.Equal(["person", "person", "organization"], authors.Select(a => a.Text("kind")));
        Assert.Equal(app.VaswaniId, authors[0].GetProperty("id").GetInt64());
        Assert.Equal("ashish-vaswani", authors[0].Text("slug"));
        Assert.Equal($"https://localhost/api/authors/{app.VaswaniId}", authors[0].Text("url"));

        var summaries = paper.Items("summaries");
        Assert.Equal(["en", "zh"], summaries.Select(s => s.Text("language")));
        Assert.Equal("The **Transformer** replaces recurrence with self-attention.", summaries[0].Text("markdown"));
        var source = summaries[0].GetProperty("source");
        Assert.Equal(("Forty papers to read", "https://example.org/forty-papers", "Example Blog"), (source.Text("title"), source.Text("url"), source.Text("publisher")));
        Assert.Equal(app.SourceId, source.GetProperty("id").GetInt64());
        Assert.Equal(app.ListId, source.GetProperty("listId").GetInt64());
        Assert.Equal(JsonValueKind.Null, summaries[1].GetProperty("source").GetProperty("listId").ValueKind);

        var tag = Assert.Single(paper.Items("tags"));
        Assert.Equal((app.TagId, "transformers", "Transformers"), (tag.GetProperty("id").GetInt64(), tag.Text("slug"), tag.Text("name")));
        var list = Assert.Single(paper.Items("lists"));
        Assert.Equal((app.ListId, ApiCatalog.ListSlug, 1, "Foundations"), (list.GetProperty("id").GetInt64(), list.Text("slug"), list.GetProperty("position").GetInt32(), list.Text("section")));
    }

    [Fact]
    public async Task A_merged_paper_moves_permanently_to_the_paper_it_was_merged_into()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/papers/{app.DuplicateId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/papers/{app.AttentionId}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/papers/999999999")]
    [InlineData("/api/papers/0")]
    [InlineData("/api/papers/-5")]
    [InlineData("/api/papers/abc")]
    [InlineData("/api/papers/99999999999999999999999")]
    [InlineData("/api/papers/1/extra")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_papers_and_addresses_are_a_404_problem(string url)
    {
        using var client = app.CreateClient();

        var (response, problem) = await ApiJson.GetAsync(client, url, HttpStatusCode.NotFound);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.Text("title")));
    }

    [Fact]
    public async Task A_missing_paper_says_which_id_it_looked_for()
    {
        using var client = app.CreateClient();

        var (_, problem) = await ApiJson.GetAsync(client, "/api/papers/999999999", HttpStatusCode.NotFound);

        Assert.Equal("No paper has id 999999999.", problem.Text("detail"));
    }
}
