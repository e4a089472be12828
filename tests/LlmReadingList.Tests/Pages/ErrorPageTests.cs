using System.Net;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Pages;

public sealed class ErrorPageTests(ErrorPageTests.App app) : IClassFixture<ErrorPageTests.App>
{
    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404()
    {
        using var client = app.CreateClient();

        var page = await PageHtml.GetAsync(client, "/no/such/page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.Equal(["/", "/lists", "/years", "/tags", "/authors"], page.Hrefs("ul.onward a"));
    }

    [Fact]
    public async Task A_failure_shows_the_error_page_without_a_stack_trace()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/test-failure", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    public sealed class App : CatalogWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingEndpoint>());
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-failure", failing => failing.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
