using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>Services the web app and the command-line verbs share, so both run the same code.</summary>
public static class CatalogServices
{
    public static IServiceCollection AddCatalogServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys survive restarts so sign-in cookies, anti-forgery and account tokens stay valid.
        var keys = Path.GetFullPath(Path.Combine(configuration["Catalog:DataDirectory"] ?? ".data", "keys"));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("llm-reading-list");
        services.AddSingleton<CatalogDatabase>();
        services.AddPooledDbContextFactory<CatalogDbContext>((provider, options) =>
            ConfigureDbContext(options, provider.GetRequiredService<CatalogDatabase>().DataSource));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<IStartupTask, SeedImport>();
        services.AddCatalogAccounts();
        services.AddScoped<CatalogSearch>();
        return services;
    }

    public static void ConfigureDbContext(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("ef_migrations_history"))
            // Migrations are hand-written without a model snapshot (EF Core's Design package cannot be restored here);
            // the schema-drift test is what proves the migrations match the model.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
}
