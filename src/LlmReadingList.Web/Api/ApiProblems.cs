namespace LlmReadingList.Web.Api;

/// <summary>
/// Under <c>/api</c> every error is <c>application/problem+json</c>: a bodiless status (no route 404, 405 for another
/// method) gets a ProblemDetails body before the status-code pages could answer it with the HTML error page, and an
/// unexpected exception becomes a 500 problem instead of the HTML error page.
/// </summary>
internal sealed partial class ApiProblems(RequestDelegate next, ILogger<ApiProblems> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!Infrastructure.DatabaseOutage.IsOutage(exception) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogFailure(context.Request.Path, exception);
            context.Response.Clear();
            await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Internal error").ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await Results.Problem(statusCode: response.StatusCode).ExecuteAsync(context);
        }
    }

    public static bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Error, Message = "API request {Path} failed")]
    private partial void LogFailure(PathString path, Exception exception);
}
