using System.Diagnostics;
using System.Net;
using LlmReadingList.LocalPostgres;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// The database goes away under the running app and comes back: meanwhile pages answer 503 with Retry-After and
/// /health says unhealthy; within 5 seconds of the database's return, pages answer again. Runs on a cluster of its
/// own so stopping it disturbs no other test.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine("/tmp/llmrl-test-clusters", $"outage-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _cluster = new LocalPostgresCluster(new LocalPostgresOptions
        {
            RootDirectory = _root,
            UserName = "catalog_test",
            TrustLocalConnections = true,
            CandidatePorts = Enumerable.Range(24000 + Random.Shared.Next(0, 80) * 100, 100).ToList(),
            ServerSettings = [("fsync", "off"), ("synchronous_commit", "off")],
        });
        await _cluster.StartAsync();
        await _cluster.EnsureDatabaseAsync("outage");
        var dataDirectory = Path.Combine(_root, "app");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Catalog", _cluster.ConnectionString("outage"));
            builder.UseSetting("Catalog:DataDirectory", dataDirectory);
            builder.UseSetting("Catalog:ImportSeedOnStart", "true");
            builder.UseSetting("Catalog:SeedDirectory", SeedFiles.Folder);
        });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _cluster.StopAsync(immediate: true);
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task While_the_database_is_down_pages_answer_503_with_retry_after_and_recover_within_5_seconds()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/lists/llm-papers-40", UriKind.Relative))).StatusCode);

        await _cluster.StopAsync(immediate: true);

        // A page the output cache has not seen: cached pages may keep being served while the database is away.
        using var down = await client.GetAsync(new Uri("/lists/llm-papers-40?page=2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("5", Assert.Single(down.Headers.GetValues("Retry-After")));
        Assert.Contains("Back in a moment", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var search = await client.GetAsync(new Uri("/search?q=attention", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);

        await _cluster.StartAsync();
        var back = Stopwatch.StartNew();
        var status = HttpStatusCode.ServiceUnavailable;
        while (back.Elapsed < TimeSpan.FromSeconds(5) && status != HttpStatusCode.OK)
        {
            status = (await client.GetAsync(new Uri("/lists/understanding-llms", UriKind.Relative))).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }
}
