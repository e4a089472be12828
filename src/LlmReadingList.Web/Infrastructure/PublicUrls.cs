namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Absolute URLs for what leaves the site (feeds, sitemaps, citations): from <c>Catalog:PublicBaseUrl</c> when it is
/// set, otherwise from the request's scheme, host and path base.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public const string SettingName = "Catalog:PublicBaseUrl";

    private readonly Uri? _configured = Parse(configuration[SettingName]);

    /// <summary>The site's root, always ending in a slash.</summary>
    public Uri Base(HttpRequest request) =>
        _configured ?? new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/");

    /// <summary>The absolute URL of a site path such as <c>/papers/x</c>.</summary>
    public Uri Absolute(HttpRequest request, string path) => new(Base(request), path.TrimStart('/'));

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new StartupException(
                $"{SettingName} must be an absolute http(s) URL such as https://papers.example.org (got '{value}').",
                ExitCodes.BadConfiguration);
        }

        return uri;
    }
}

/// <summary>Resolves <see cref="PublicUrls"/> before the app serves, so a malformed setting stops it with one clear line.</summary>
internal sealed class PublicUrlsCheck(PublicUrls urls) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(urls);
        return Task.CompletedTask;
    }
}
