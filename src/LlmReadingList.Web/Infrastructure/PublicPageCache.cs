using Microsoft.AspNetCore.OutputCaching;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Anonymous readers' GETs of public pages are served from the output cache (varying by query) until the catalog
/// changes; curators (signed in) always get fresh pages with their edit links.
/// </summary>
internal static class PublicPageCache
{
    public const string Tag = "catalog";

    private static readonly string[] PrivatePrefixes = ["/curate", "/account", "/health", "/openapi"];

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Catalog:OutputCache", true);
        services.AddOutputCache(options =>
        {
            options.MaximumBodySize = 4 * 1024 * 1024;
            options.SizeLimit = 256 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => enabled && IsCacheable(context.HttpContext))
                .SetVaryByQuery("*")
                .Tag(Tag)
                .Expire(TimeSpan.FromMinutes(30)));
        });
        services.AddHostedService<CatalogChangeListener>();
        return services;
    }

    private static bool IsCacheable(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !PrivatePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
