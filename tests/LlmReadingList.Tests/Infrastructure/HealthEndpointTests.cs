using System.Net;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Infrastructure;

public sealed class HealthEndpointTests(CatalogWebApp app) : IClassFixture<CatalogWebApp>
{
    [Fact]
    public async Task Health_reports_the_database_healthy()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
