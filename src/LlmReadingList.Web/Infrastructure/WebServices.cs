using LlmReadingList.Web.Crawlers;
using LlmReadingList.Web.Exports;
using LlmReadingList.Web.Feeds;
using LlmReadingList.Web.Selections;
using Microsoft.AspNetCore.DataProtection;

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
        services.AddCatalogHealthChecks();
        services.AddRazorPages();
        services.AddOpenApi(OpenApiDocument.Configure);
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IStartupTask, PublicUrlsCheck>();
        services.AddScoped<PaperSelections>();
        services.AddScoped<IPaperSearch, TextMatchPaperSearch>();
        services.AddScoped<CitationQuery>();
        services.AddScoped<ExportHandler>();
        services.AddScoped<PaperFeedQuery>();
        services.AddScoped<ChangeFeedQuery>();
        services.AddScoped<FeedHandler>();
        services.AddScoped<SitemapQuery>();
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
        app.MapOpenApi();
        app.MapExportEndpoints();
        app.MapFeedEndpoints();
        app.MapCrawlerEndpoints();
        return app;
    }
}
