using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Listens for the database's catalog_changed notifications (sent at commit by triggers on every table readers see)
/// and drops the cached public pages, so an import or a curator's edit from any process shows at once.
/// </summary>
internal sealed partial class CatalogChangeListener(
    CatalogDatabase database,
    DatabaseStartup startup,
    IOutputCacheStore cache,
    ILogger<CatalogChangeListener> logger) : BackgroundService
{
    public const string Channel = "catalog_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.PrepareAsync(stoppingToken);
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => Evict();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever changed while no one was listening is not known: start from an empty cache.
                Evict();
                delay = TimeSpan.FromMilliseconds(250);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogListenerLost(exception.Message, delay.TotalMilliseconds);
                Evict();
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private void Evict() => _ = cache.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None).AsTask();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the catalog change listener ({Reason}); retrying in {DelayMs} ms")]
    private partial void LogListenerLost(string reason, double delayMs);
}
