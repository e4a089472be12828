using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>A DbContext over any connection string, configured exactly as the app configures its own.</summary>
internal sealed class TestDatabaseFromString(string connectionString)
{
    public CatalogDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogServices.ConfigureDbContext(options, NpgsqlDataSource.Create(connectionString));
        return new CatalogDbContext(options.Options);
    }
}
