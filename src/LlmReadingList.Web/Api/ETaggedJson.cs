using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LlmReadingList.Web.Api;

/// <summary>
/// A JSON body with a strong ETag (a hash of the exact bytes), answering <c>If-None-Match</c> with 304 and no body.
/// Hashing the body keeps the tag honest whatever the data came from, at the cost of serializing before comparing.
/// </summary>
internal sealed class ETaggedJson<T>(T value) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"");
        var response = httpContext.Response;
        response.Headers.ETag = etag.ToString();
        // Clients may keep the body but must ask again; the ETag makes asking cheap.
        response.Headers.CacheControl = "no-cache";
        if (NotModified(httpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    // If-None-Match compares weakly (RFC 9110 13.1.2), so W/"x" matches "x".
    private static bool NotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}

internal static class ApiResults
{
    public static IResult Json<T>(T value) => new ETaggedJson<T>(value);

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult BadParameters(IEnumerable<(string Parameter, string Message)> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Malformed parameters",
            detail: "One or more query parameters cannot be read; see errors.");

    /// <summary>A permanent move (301, as the pages answer) to where a merged record lives now.</summary>
    public static IResult SearchTimedOut() => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search took too long", detail: "Try fewer or more specific words, or add a filter.");

    public static IResult Moved(string path) => Results.Redirect(path, permanent: true);
}
