using LlmReadingList.Catalog.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// The real web app (Program.cs) over a test class's own database. Use as <c>IClassFixture&lt;CatalogWebApp&gt;</c>;
/// derive to seed data in <see cref="SeedAsync"/>.
/// </summary>
public class CatalogWebApp : TestDatabase
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "llmrl-web-tests", Guid.NewGuid().ToString("N"));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>Every SQL command the app sends through EF Core (reset it before the request you measure).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            // Outside Development the build's compressed assets (obj/) are only found through the static web assets
            // manifest; without it a browser asking for br/gzip gets an empty stylesheet.
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:Catalog", ConnectionString);
            builder.UseSetting("Catalog:DataDirectory", _dataDirectory);
            builder.UseSetting("Catalog:ImportSeedOnStart", "false");
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<CatalogDbContext>(options => options.AddInterceptors(SqlCommands), ServiceLifetime.Singleton));
            ConfigureWebHost(builder);
        });
        await SeedAsync();
    }

    public override async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await base.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>An HTTPS client (cookies are Secure outside Development) that does not follow redirects, so tests see 301/302 themselves.</summary>
    public HttpClient CreateClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    protected virtual Task SeedAsync() => Task.CompletedTask;
}
