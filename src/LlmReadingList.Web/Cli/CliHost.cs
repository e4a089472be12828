using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Cli;

/// <summary>A host for one command-line verb: the shared services, an initialised database, and the private cluster stopped afterwards if the verb started it.</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<CliHost> StartAsync(CancellationToken cancellationToken, bool migrate = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Services.AddCatalogServices(builder.Configuration);
        var host = builder.Build();
        var cliHost = new CliHost(host);
        try
        {
            var database = host.Services.GetRequiredService<CatalogDatabase>();
            await database.InitializeAsync(cancellationToken);
            await database.EnsureReachableAsync(cancellationToken);
            if (migrate)
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            }
        }
        catch
        {
            await cliHost.DisposeAsync();
            throw;
        }

        return cliHost;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.Services.GetRequiredService<CatalogDatabase>().StopLocalClusterAsync(CancellationToken.None);
        _host.Dispose();
    }
}
