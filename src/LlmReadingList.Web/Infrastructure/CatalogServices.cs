using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>Services the web app and the command-line verbs share, so both run the same code.</summary>
public static class CatalogServices
{
    public static IServiceCollection AddCatalogServices(this IServiceCollection services)
    {
        services.AddSingleton<CatalogDatabase>();
        services.AddPooledDbContextFactory<CatalogDbContext>((provider, options) =>
            ConfigureDbContext(options, provider.GetRequiredService<CatalogDatabase>().DataSource));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseMigrator>();
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
