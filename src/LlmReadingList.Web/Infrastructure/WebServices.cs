using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LlmReadingList.Web.Infrastructure;

internal static class WebServices
{
    public static IServiceCollection AddCatalogWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys survive restarts so sign-in cookies and anti-forgery tokens stay valid.
        var keys = Path.GetFullPath(Path.Combine(configuration["Catalog:DataDirectory"] ?? ".data", "keys"));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("llm-reading-list");
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseStartup>());
        services.AddHostedService<LocalClusterShutdown>();
        services.AddCatalogHealthChecks();
        // Search links carry the reader's text: Kestrel's default 8 KB request line would answer a long pasted query
        // with an empty 414, where the search page cuts it and answers normally (10,000 percent-encoded CJK
        // characters take 90 KB).
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestLineSize = 128 * 1024);
        services.AddRazorPages();
        return services;
    }

    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseRouting();
        return app;
    }

    public static WebApplication MapCatalogEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCatalogHealth();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
