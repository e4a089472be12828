using System.Diagnostics;
using System.Net;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Drills.Load;
using LlmReadingList.LocalPostgres;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
            // apart from the shared test cluster's 20000–27999: two clusters probing the same free port at once would race to bind it
            CandidatePorts = Enumerable.Range(28000 + Random.Shared.Next(0, 40) * 100, 100).ToList(),
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
        using var api = await client.GetAsync(new Uri("/api/papers?q=attention", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("5", Assert.Single(api.Headers.GetValues("Retry-After")));
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":503", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

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

    [Fact]
    public async Task Edits_acknowledged_around_an_outage_are_all_kept_and_nothing_but_503_fails()
    {
        const string email = "outage.curator@example.test";
        const string password = "outage curator password";
        using var readers = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var scope = _factory.Services.CreateScope())
        {
            var created = await new AccountCreator(scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>())
                .CreateAsync(email, password, CatalogRoles.Curator, displayName: null, resetExisting: false);
            Assert.True(created.Succeeded, created.Error);
        }

        var editors = new List<HttpClient>();
        for (var i = 0; i < 2; i++)
        {
            var editor = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = true });
            await HtmlForms.SignInAsync(editor, email, password);
            editors.Add(editor);
        }

        var connectionString = _cluster.ConnectionString("outage");
        List<long> paperIds;
        List<string> paths;
        await using (var connection = new Npgsql.NpgsqlConnection(LlmReadingList.Drills.Hostile.CatalogProbe.Unpooled(connectionString)))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT id, slug FROM paper WHERE merged_into_id IS NULL ORDER BY id LIMIT 20", connection);
            await using var reader = await command.ExecuteReaderAsync();
            (paperIds, paths) = ([], ["/", "/lists", "/search?q=attention"]);
            while (await reader.ReadAsync())
            {
                paperIds.Add(reader.GetInt64(0));
                paths.Add("/papers/" + reader.GetString(1));
            }
        }

        var load = LoadRun.RunAsync(new LoadOptions
        {
            Readers = readers, Editors = editors, ReadPaths = paths, PaperIds = paperIds, Connections = 8, Duration = TimeSpan.FromSeconds(16),
        });
        await Task.Delay(TimeSpan.FromSeconds(4));
        await _cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await _cluster.StartAsync();
        var outcome = await load;
        editors.ForEach(e => e.Dispose());

        Assert.True(outcome.ByStatus.Keys.All(s => s is > 0 and < 500 or 503), outcome.StatusLine());
        Assert.True(outcome.ByStatus.GetValueOrDefault(503) > 0, "the outage was not seen: " + outcome.StatusLine());
        Assert.True(outcome.Acknowledged.Count >= 4, $"only {outcome.Acknowledged.Count} edits acknowledged ({outcome.StatusLine()})");
        var check = await EditLedger.CheckAsync(connectionString, outcome);
        Assert.True(check.AllPresent, check.Summary);
    }
}
