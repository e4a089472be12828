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
}
