namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Prepares the database before the app serves: finds it (starting the private cluster if none is configured),
/// applies pending migrations, then runs the startup tasks (importing the seed, when configured). Program.cs calls
/// <see cref="PrepareAsync"/> before the host starts so a failure ends in one clear line; as a hosted service it
/// does the same for hosts that start without Program.cs (the integration tests' WebApplicationFactory).
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, CatalogDatabase database) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _prepared;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_prepared)
            {
                return;
            }

            await database.InitializeAsync(cancellationToken);
            await database.EnsureReachableAsync(cancellationToken);
            // Resolved only now: their database services need the connection found above.
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
            {
                await task.RunAsync(cancellationToken);
            }

            _prepared = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => PrepareAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _gate.Dispose();
}

/// <summary>Work that needs a migrated database before the app serves (e.g. importing the seed).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
