using Microsoft.AspNetCore.OutputCaching;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Anonymous readers' GETs of public pages are served from the output cache (varying by query) until the catalog
/// changes; curators (signed in) always get fresh pages with their edit links.
/// </summary>
internal static class PublicPageCache
{
    public const string Tag = "catalog";

    private static readonly string[] PrivatePrefixes = ["/curate", "/account", HealthEndpoint.Path, "/openapi"];

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Catalog:OutputCache", true);
        services.AddOutputCache(options =>
        {
            options.MaximumBodySize = 4 * 1024 * 1024;
            options.SizeLimit = 256 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => enabled && IsCacheable(context.HttpContext))
                // vary by the query as sent, not by the framework's query keys: to build that key it sorts a repeated
                // parameter's values in the request itself, so the page read the smallest instead of the first, and
                // "year=2018&year=2017" and "year=2017&year=2018" shared an entry
                .SetVaryByQuery(Array.Empty<string>())
                .VaryByValue(context => new("query", context.Request.QueryString.Value ?? string.Empty))
                .Tag(Tag)
                .Expire(TimeSpan.FromMinutes(30))
                .AddPolicy<CatalogCacheStore.StartPolicy>());
        });
        GuardStore(services);
        services.AddHostedService<CatalogChangeListener>();
        return services;
    }

    /// <summary>Wraps the output cache's store (the framework's in-memory one) in <see cref="CatalogCacheStore"/>.</summary>
    private static void GuardStore(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(original);
        services.AddSingleton<IOutputCacheStore>(provider => new CatalogCacheStore(
            original switch
            {
                { ImplementationInstance: IOutputCacheStore instance } => instance,
                { ImplementationFactory: { } factory } => (IOutputCacheStore)factory(provider),
                _ => (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!),
            },
            provider.GetRequiredService<IHttpContextAccessor>()));
    }

    private static bool IsCacheable(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !PrivatePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
