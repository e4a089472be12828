using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LlmReadingList.Tests.Pages.Account;

public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_with_the_right_password_afterwards()
    {
        using var client = app.CreateBrowserClient();
        for (var i = 0; i < 4; i++)
        {
            using var failed = await Login(client, CuratorWebApp.SecondCurator, "not the password at all");
            Assert.Contains("do not match an active account", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await Login(client, CuratorWebApp.SecondCurator, "not the password at all");
        Assert.Contains("locked for 15 minutes", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var locked = await Login(client, CuratorWebApp.SecondCurator, CuratorWebApp.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked for 15 minutes", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_secure_and_same_site()
    {
        using var client = app.CreateBrowserClient();

        using var response = await Login(client, CuratorWebApp.Curator, CuratorWebApp.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("catalog.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string email, string password) =>
        CuratorWebApp.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public sealed class App : CuratorWebApp;
}

public sealed class SignInRateLimitTests(SignInRateLimitTests.App app) : IClassFixture<SignInRateLimitTests.App>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        using var client = app.CreateBrowserClient();
        var token = await CuratorWebApp.AntiforgeryTokenAsync(client, "/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.test",
                ["Input.Password"] = "wrong password here",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", Assert.Single(response.Headers.GetValues("Retry-After")));
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    public sealed class App : CatalogWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Catalog:LoginAttemptsPerMinute", "3");

        public HttpClient CreateBrowserClient() =>
            Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
    }
}
