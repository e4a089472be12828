namespace LlmReadingList.Web.Infrastructure;

/// <summary>Stops the private PostgreSQL cluster (if the app started one) when the app shuts down.</summary>
internal sealed class LocalClusterShutdown(CatalogDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => database.StopLocalClusterAsync(CancellationToken.None);
}
