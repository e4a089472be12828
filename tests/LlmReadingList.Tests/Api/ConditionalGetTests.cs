using System.Net;
using System.Net.Http.Headers;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Api;

/// <summary>ETags from the content: If-None-Match answers 304 with no body until the data changes.</summary>
public sealed class ConditionalGetTests(ApiCatalog app) : IClassFixture<ApiCatalog>
{
    public static TheoryData<string> Resources => ["/api/papers", "/api/lists", "/api/authors", "/api/tags"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_matching_etag_gets_304_without_a_body_whether_or_not_the_response_was_cached(string url)
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[0-9a-f]{32}\"$", etag.Tag);

        // The same URL again comes from the output cache; another query string is a fresh response from the endpoint.
        foreach (var variant in new[] { url, $"{url}?unused=1" })
        {
            foreach (var header in new[] { etag.Tag, $"W/{etag.Tag}", $"\"other\", {etag.Tag}", "*" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, variant);
                request.Headers.TryAddWithoutValidation("If-None-Match", header);
                using var response = await client.SendAsync(request);

                Assert.True(HttpStatusCode.NotModified == response.StatusCode, $"{variant} with If-None-Match: {header} gave {(int)response.StatusCode}");
                Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            }
        }
    }

    [Fact]
    public async Task A_different_etag_gets_the_full_body_and_the_same_etag_again()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri($"/api/papers/{app.AttentionId}", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/papers/{app.AttentionId}?x=2");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef0123456789abcdef\""));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_change_to_the_record_changes_the_etag_so_the_old_one_gets_the_new_body()
    {
        using var client = app.CreateClient();
        var url = $"/api/lists/{app.ListId}";
        using var before = await client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = before.Headers.ETag!;

        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE reading_list SET title = 'Transformer reading (revised)' WHERE id = {app.ListId}");
        }

        // The output cache is evicted by the database's NOTIFY, a moment after the write.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        do
        {
            await Task.Delay(50);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            response = await client.SendAsync(request);
        }
        while (response.StatusCode == HttpStatusCode.NotModified && DateTime.UtcNow < deadline);

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(etag, response.Headers.ETag);
            Assert.Contains("Transformer reading (revised)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
