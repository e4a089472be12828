using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Lets a few requests at a time past the output cache to render from the database; the rest wait their turn.
/// Sixty-four readers missing the cache at once would otherwise hold sixty-four connections and half-built pages while
/// PostgreSQL, on the same few cores, answers them no faster together than in turn: on the two-core benchmark machine,
/// four at a time served 11–24% more uncached pages per second than 64 at once, with half the p99 latency
/// (bench/results/pages.md). Cache hits, static files and the health check never wait here. A queue longer than
/// <see cref="QueueSetting"/> (default 1,000) is shed with 503 and Retry-After rather than grown without bound.
/// </summary>
internal sealed partial class RenderGate(RequestDelegate next, ConcurrencyLimiter limiter, ILogger<RenderGate> logger)
{
    public const string PermitsSetting = "Catalog:ConcurrentRenders";
    public const string QueueSetting = "Catalog:RenderQueueLimit";
    private const int RetryAfterSeconds = 1;

    public static ConcurrencyLimiter CreateLimiter(IConfiguration configuration) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = configuration.GetValue(PermitsSetting, Math.Max(4, 2 * Environment.ProcessorCount)),
        QueueLimit = configuration.GetValue(QueueSetting, 1000),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!NeedsTurn(context))
        {
            await next(context);
            return;
        }

        using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            LogShed(context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The catalog is busy. Please try again in a moment.", context.RequestAborted);
            return;
        }

        await next(context);
    }

    private static bool NeedsTurn(HttpContext context) =>
        context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null
        && !context.Request.Path.StartsWithSegments(HealthEndpoint.Path, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render queue full; {Path} answered 503")]
    private partial void LogShed(string path);
}
