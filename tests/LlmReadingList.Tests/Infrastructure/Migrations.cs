using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Infrastructure;

public static class Migrations
{
    /// <summary>The id of the newest migration the app knows: what a database migrated today reports as its schema.</summary>
    public static string Latest { get; } = LatestMigration();

    private static string LatestMigration()
    {
        using var db = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql("Host=unused").Options);
        return db.Database.GetMigrations().Last();
    }
}
