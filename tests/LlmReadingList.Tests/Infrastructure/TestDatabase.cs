using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using LlmReadingList.Catalog.Import;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// A test class's own database, cloned from the migrated template and dropped when the class is done. Use as a
/// class fixture, or <see cref="CreateAsync"/> for a test that needs a database of its own.
/// </summary>
public class TestDatabase : IAsyncLifetime, IAsyncDisposable
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

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        return database;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public IDbContextFactory<CatalogDbContext> ContextFactory => new Factory(this);

    public CatalogImporter CreateImporter() => new(ContextFactory, TimeProvider.System, NullLogger<CatalogImporter>.Instance);

    /// <summary>Imports the seed (as copied next to the tests) and fails the test if any article is rejected.</summary>
    public async Task<ImportReport> ImportSeedAsync(bool applyCuratorMetadata = true)
    {
        var report = await CreateImporter().ImportAsync(
            new ImportOptions { Paths = [SeedFiles.Folder], ApplyCuratorMetadata = applyCuratorMetadata }, null, CancellationToken.None);
        Assert.True(report.Succeeded, string.Join("\n", report.Articles.Select(a => a.Error)));
        return report;
    }

    public CatalogDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogServices.ConfigureDbContext(options, DataSource);
        return new CatalogDbContext(options.Options);
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<CatalogDbContext>
    {
        public CatalogDbContext CreateDbContext() => database.CreateDbContext();
    }
}
