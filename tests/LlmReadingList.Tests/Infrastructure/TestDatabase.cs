using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>A test class's own database, cloned from the migrated template and dropped when the class is done.</summary>
public class TestDatabase : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public TestDatabaseServer Server { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    public string ConnectionString => Server.ConnectionString(Name);

    public NpgsqlDataSource DataSource => _dataSource ??= NpgsqlDataSource.Create(ConnectionString);

    public virtual async Task InitializeAsync()
    {
        Server = await TestDatabaseServer.InstanceAsync();
        Name = await Server.CreateDatabaseAsync("llmrl_test");
    }

    public virtual async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        await Server.DropDatabaseAsync(Name);
    }

    public CatalogDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogServices.ConfigureDbContext(options, DataSource);
        return new CatalogDbContext(options.Options);
    }
}
