using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Pages.Curate;

/// <summary>
/// Enumerates every endpoint the app maps under /curate (pages and handlers alike) and proves anonymous readers and
/// signed-in users without a curator role are refused, for GET and POST. A new curator page is covered automatically.
/// </summary>
public sealed class CuratorAuthorizationTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public void The_enumeration_finds_the_curator_pages()
    {
        var routes = CuratorRoutes();

        Assert.Contains("/curate", routes);
        Assert.Contains("/curate/papers/1/edit", routes);
        Assert.True(routes.Count >= 5, string.Join(", ", routes));
    }

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in_from_every_curator_endpoint()
    {
        using var client = app.CreateBrowserClient();
        foreach (var (route, methods) in CuratorEndpoints())
        {
            foreach (var method in methods)
            {
                using var response = await client.SendAsync(new HttpRequestMessage(method, route) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });
                var refused = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);
                // A POST without an anti-forgery token may be refused (400) before authorisation runs; either way nothing happens.
                Assert.True(refused || (method == HttpMethod.Post && response.StatusCode == HttpStatusCode.BadRequest), $"{method} {route} gave {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData(CuratorWebApp.NoRole)]
    public async Task Signed_in_users_without_a_curator_role_are_refused_everywhere(string email)
    {
        using var client = await app.SignedInAsync(email);
        var token = await CuratorWebApp.AntiforgeryTokenAsync(client, "/account/logout");
        foreach (var (route, methods) in CuratorEndpoints())
        {
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(method, route)
                {
                    Content = method == HttpMethod.Post ? new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) : null,
                };
                using var response = await client.SendAsync(request);
                Assert.True(IsForbidden(response), $"{method} {route} gave {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_disabled_curator_cannot_sign_in()
    {
        using var client = app.CreateBrowserClient();

        using var response = await CuratorWebApp.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = CuratorWebApp.Disabled, ["Input.Password"] = CuratorWebApp.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an active account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var curate = await client.GetAsync(new Uri("/curate", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, curate.StatusCode);
    }

    [Fact]
    public async Task Curators_reach_the_curator_pages_but_not_account_administration()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        using var dashboard = await client.GetAsync(new Uri("/curate", UriKind.Relative));
        using var users = await client.GetAsync(new Uri("/curate/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.True(IsForbidden(users), $"curator got {(int)users.StatusCode} from /curate/users");
    }

    private static bool IsForbidden(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));

    /// <summary>
    /// Every routed endpoint whose pattern starts with /curate, with route parameters filled with 1, and the methods it
    /// answers (pages answer GET and POST; minimal endpoints declare theirs).
    /// </summary>
    private List<(string Route, HttpMethod[] Methods)> CuratorEndpoints()
    {
        var sources = app.Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("curate", StringComparison.OrdinalIgnoreCase))
            .Select(e => (
                Route: ("/" + string.Join('/', e.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                    _ => string.Empty,
                }))))).ToLowerInvariant(),
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Select(m => new HttpMethod(m)).ToArray()
                    ?? [HttpMethod.Get, HttpMethod.Post]))
            .DistinctBy(e => e.Route)
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ToList();
    }

    private List<string> CuratorRoutes() => CuratorEndpoints().Select(e => e.Route).ToList();
}
