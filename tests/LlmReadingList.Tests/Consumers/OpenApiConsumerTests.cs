using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Consumers;

/// <summary>/openapi/v1.json validated by @apidevtools/swagger-parser, and what it documents.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class OpenApiConsumerTests(SeededCatalogWebApp app)
{
    [Fact]
    public async Task The_openapi_document_is_valid_and_describes_the_exports_and_feeds_with_their_media_types()
    {
        using var client = app.CreateClient();

        var result = await NodeConsumers.RunAsync("openapi.mjs", await client.GetTextAsync("/openapi/v1.json"));

        Assert.True(result.GetProperty("valid").GetBoolean(), result.TryGetProperty("errors", out var errors) ? errors.ToString() : null);
        var paths = result.GetProperty("paths");
        foreach (var (path, mediaType) in new[]
        {
            ("/papers/{slug}/cite.bib", "application/x-bibtex"),
            ("/lists/{slug}/cite.ris", "application/x-research-info-systems"),
            ("/search/cite.csl.json", "application/vnd.citationstyles.csl+json"),
            ("/lists/{slug}/cite.csv", "text/csv"),
            ("/feeds/papers.atom", "application/atom+xml"),
            ("/feeds/lists/{slug}.atom", "application/atom+xml"),
            ("/feeds/search.atom", "application/atom+xml"),
            ("/feeds/changes.atom", "application/atom+xml"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not documented");
            Assert.Equal([mediaType], item.GetProperty("get").GetProperty("responses").GetProperty("200").EnumerateArray().Select(m => m.GetString()));
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_every_json_api_endpoint_with_its_errors_and_conditional_get()
    {
        using var client = app.CreateClient();

        var result = await NodeConsumers.RunAsync("openapi.mjs", await client.GetTextAsync("/openapi/v1.json"));

        Assert.True(result.GetProperty("valid").GetBoolean(), result.TryGetProperty("errors", out var errors) ? errors.ToString() : null);
        var paths = result.GetProperty("paths");
        foreach (var (path, problems) in new[]
        {
            ("/api/papers", new[] { "400", "503" }),
            ("/api/papers/{id}", ["404"]),
            ("/api/lists", []),
            ("/api/lists/{id}", ["404"]),
            ("/api/authors", ["400"]),
            ("/api/authors/{id}", ["404"]),
            ("/api/tags", []),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not documented");
            var responses = item.GetProperty("get").GetProperty("responses");
            Assert.Equal(["application/json"], responses.GetProperty("200").EnumerateArray().Select(m => m.GetString()));
            Assert.True(responses.TryGetProperty("304", out _), $"{path} does not document 304");
            foreach (var status in problems)
            {
                Assert.Equal(["application/problem+json"], responses.GetProperty(status).EnumerateArray().Select(m => m.GetString()));
            }
        }

        Assert.Equal(
            ["q", "year", "from", "to", "author", "tag", "list", "lang", "sort", "page"],
            paths.GetProperty("/api/papers").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.True(paths.GetProperty("/api/papers/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("301", out _));
    }
}
