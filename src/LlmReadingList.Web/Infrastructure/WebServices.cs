using System.Text.Json;
using System.Text.Json.Serialization;
using LlmReadingList.Web.Api;
using LlmReadingList.Web.Crawlers;
using LlmReadingList.Web.Exports;
using LlmReadingList.Web.Feeds;
using LlmReadingList.Web.Pages.Authors;
using LlmReadingList.Web.Pages.Curate;
using LlmReadingList.Web.Pages.Home;
using LlmReadingList.Web.Pages.Lists;
using LlmReadingList.Web.Pages.Papers;
using LlmReadingList.Web.Pages.Shared;
using LlmReadingList.Web.Pages.Tags;
using LlmReadingList.Web.Pages.Years;
using LlmReadingList.Web.Security;
using LlmReadingList.Web.Selections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LlmReadingList.Web.Infrastructure;

internal static class WebServices
{
    public static IServiceCollection AddCatalogWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseStartup>());
        services.AddCatalogHealthChecks();
        services.AddPublicPageCache(configuration);
        // Search links carry the reader's text: Kestrel's default 8 KB request line would answer a long pasted query
        // with an empty 414, where the search page cuts it and answers normally (10,000 percent-encoded CJK
        // characters take 90 KB).
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestLineSize = 128 * 1024);
        services.AddCatalogSignIn(configuration, environment);
        services.AddLoginRateLimit(configuration);
        services.AddSingleton(_ => RenderGate.CreateLimiter(configuration));
        services.AddCuration();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Curate", CatalogPolicies.Curate);
            options.Conventions.AuthorizeFolder("/Curate/Users", CatalogPolicies.Administer);
        });
        services.AddBrowsePages();
        services.AddOpenApi(OpenApiDocument.Configure);
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IStartupTask, PublicUrlsCheck>();
        services.AddScoped<PaperSelections>();
        services.AddScoped<IPaperSearch, CatalogPaperSearch>();
        services.AddScoped<CitationQuery>();
        services.AddScoped<ExportHandler>();
        services.AddScoped<PaperFeedQuery>();
        services.AddScoped<ChangeFeedQuery>();
        services.AddScoped<FeedHandler>();
        services.AddScoped<SitemapQuery>();
        services.AddScoped<PaperApiQuery>();
        services.AddScoped<ListApiQuery>();
        services.AddScoped<AuthorApiQuery>();
        services.AddScoped<TagApiQuery>();
        // The API's enums read as in the database ("person", "organization", "pdf") and its numbers only as numbers
        // (the web default also accepts strings, which the OpenAPI schema would then announce); the schema follows.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services;
    }

    /// <summary>The page queries readers browse with: one per page, plus those two pages share.</summary>
    private static IServiceCollection AddBrowsePages(this IServiceCollection services) => services
        .AddScoped<YearCountsQuery>()
        .AddScoped<ListSummariesQuery>()
        .AddScoped<HomeOverviewQuery>()
        .AddScoped<ListDetailsQuery>()
        .AddScoped<PaperDetailsQuery>()
        .AddScoped<RelatedPapersQuery>()
        .AddScoped<AuthorDetailsQuery>()
        .AddScoped<AuthorIndexQuery>()
        .AddScoped<YearDetailsQuery>()
        .AddScoped<TagDetailsQuery>()
        .AddScoped<TagIndexQuery>();

    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseSecurityHeaders();
        app.UseMiddleware<DatabaseOutage>();
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseWhen(ApiProblems.Applies, api => api.UseMiddleware<ApiProblems>());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseMiddleware<RenderGate>();
        return app;
    }

    public static WebApplication MapCatalogEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCatalogHealth();
        app.MapEditLinks();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi();
        app.MapExportEndpoints();
        app.MapFeedEndpoints();
        app.MapCrawlerEndpoints();
        app.MapApiEndpoints();
        return app;
    }
}
