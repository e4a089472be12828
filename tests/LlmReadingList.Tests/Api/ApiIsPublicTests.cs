using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Api;

/// <summary>
/// Enumerates every endpoint the app maps under /api (a new one is covered automatically) and proves it is public and
/// read-only: anonymous GETs are answered without a sign-in redirect, every other method is a 405 problem.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiIsPublicTests(ApiCatalog app)
{
    [Fact]
    public void The_enumeration_finds_every_api_endpoint_and_none_requires_authorization()
    {
        var endpoints = ApiEndpoints();

        Assert.Equal(
            ["/api/authors", "/api/authors/{id}", "/api/lists", "/api/lists/{id}", "/api/papers", "/api/papers/{id}", "/api/tags"],
            endpoints.Select(e => e.Pattern).Order(StringComparer.Ordinal));
        Assert.All(endpoints, e => Assert.Equal(["GET"], e.Methods));
        Assert.All(endpoints, e => Assert.True(e.Anonymous, $"{e.Pattern} does not allow anonymous readers"));
    }

    [Fact]
    public async Task Anonymous_readers_get_every_api_endpoint_and_cannot_write_to_any()
    {
        using var client = app.CreateClient();
        foreach (var (pattern, _, _) in ApiEndpoints())
        {
            var url = pattern
                .Replace("/papers/{id}", $"/papers/{app.AttentionId}", StringComparison.Ordinal)
                .Replace("/lists/{id}", $"/lists/{app.ListId}", StringComparison.Ordinal)
                .Replace("/authors/{id}", $"/authors/{app.VaswaniId}", StringComparison.Ordinal);
            using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(get.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)get.StatusCode}");
            Assert.Equal("application/json", get.Content.Headers.ContentType!.MediaType);

            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                using var write = await client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent("{}") });
                Assert.True(write.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url} gave {(int)write.StatusCode}");
                Assert.Equal("application/problem+json", write.Content.Headers.ContentType!.MediaType);
                using var problem = JsonDocument.Parse(await write.Content.ReadAsStringAsync());
                Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
            }
        }
    }

    private List<(string Pattern, string[] Methods, bool Anonymous)> ApiEndpoints() =>
        app.Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api", StringComparison.OrdinalIgnoreCase))
            .Select(e => (
                Pattern: "/" + string.Join('/', e.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
                    _ => string.Empty,
                })))),
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? [],
                Anonymous: e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0))
            .ToList();
}
