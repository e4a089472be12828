using System.Net.Sockets;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// While the database is unreachable the app answers 503 with Retry-After instead of an error page per request,
/// and drops its idle connections so the first requests after the database returns get fresh ones.
/// </summary>
internal sealed partial class DatabaseOutage(RequestDelegate next, CatalogDatabase database, ILogger<DatabaseOutage> logger)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsOutage(exception) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogOutage(context.Request.Path, exception.GetBaseException().Message);
            if (database.IsInitialized)
            {
                database.DataSource.Clear();
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (Api.ApiProblems.Applies(context))
            {
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable", detail: Apology)
                    .ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page);
        }
    }

    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when postgres.SqlState is "57P01" or "57P02" or "57P03" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    private const string Apology = "The catalog cannot reach its database just now. Nothing is lost; please try again in a few seconds.";

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Back in a moment · LLM Reading List</title></head>
        <body><main><h1>Back in a moment</h1>
        <p>The catalog cannot reach its database just now. Nothing is lost; please try again in a few seconds.</p>
        </main></body></html>
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving {Path}: {Reason}")]
    private partial void LogOutage(PathString path, string reason);
}
