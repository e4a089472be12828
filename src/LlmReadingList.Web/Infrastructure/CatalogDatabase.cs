using System.Net.Sockets;
using LlmReadingList.LocalPostgres;
using Npgsql;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// Where the catalog's PostgreSQL is: the configured <c>ConnectionStrings:Catalog</c>, or, when none is set,
/// a private cluster under <c>Catalog:DataDirectory</c> started from the system's PostgreSQL binaries.
/// </summary>
public sealed partial class CatalogDatabase(IConfiguration configuration, ILogger<CatalogDatabase> logger) : IAsyncDisposable
{
    public const string ConnectionStringName = "Catalog";
    public const string LocalDatabaseName = "llm_reading_list";

    private NpgsqlDataSource? _dataSource;
    private LocalPostgresCluster? _localCluster;

    public NpgsqlDataSource DataSource =>
        _dataSource ?? throw new InvalidOperationException("The catalog database is not initialised; call InitializeAsync at startup.");

    /// <summary>The connection target without secrets, for messages.</summary>
    public string Description { get; private set; } = "(not initialised)";

    public bool IsInitialized => _dataSource is not null;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is not null)
        {
            return;
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = await StartLocalClusterAsync(cancellationToken);
        }

        var builder = Validate(connectionString);
        Description = $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
        var dataSourceBuilder = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        _dataSource = dataSourceBuilder.Build();
    }

    /// <summary>Opens one connection to prove the database answers; throws a <see cref="StartupException"/> saying what to fix.</summary>
    public async Task EnsureReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unreachable(exception);
        }
    }

    public StartupException Unreachable(Exception exception) => new(
        $"Cannot connect to the catalog database ({Description}): {exception.GetBaseException().Message}. " +
        "Check that PostgreSQL is running and that ConnectionStrings__Catalog is right.",
        ExitCodes.DatabaseUnreachable,
        exception);

    /// <summary>Stops the private cluster if this process started it (a cluster another process runs is left alone).</summary>
    public async Task StopLocalClusterAsync(CancellationToken cancellationToken)
    {
        if (_localCluster is not { StartedHere: true })
        {
            return;
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
            _dataSource = null;
        }

        NpgsqlConnection.ClearAllPools();
        await _localCluster.StopAsync(cancellationToken: cancellationToken);
        LogLocalClusterStopped(_localCluster.RootDirectory);
        _localCluster = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    private static NpgsqlConnectionStringBuilder Validate(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            throw new StartupException(
                $"ConnectionStrings:Catalog is malformed ({exception.Message}). Set ConnectionStrings__Catalog to a PostgreSQL " +
                "connection string such as 'Host=localhost;Port=5432;Database=llm_reading_list;Username=catalog;Password=…', " +
                "or leave it empty to use a private local cluster.",
                ExitCodes.BadConfiguration,
                exception);
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new StartupException(
                "ConnectionStrings:Catalog must name a Host and a Database. Set ConnectionStrings__Catalog, " +
                "e.g. 'Host=localhost;Port=5432;Database=llm_reading_list;Username=catalog;Password=…'.",
                ExitCodes.BadConfiguration);
        }

        return builder;
    }

    private async Task<string> StartLocalClusterAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(Path.Combine(configuration["Catalog:DataDirectory"] ?? ".data", "postgres"));
        try
        {
            _localCluster = new LocalPostgresCluster(new LocalPostgresOptions { RootDirectory = directory });
            await _localCluster.StartAsync(cancellationToken);
            await _localCluster.EnsureDatabaseAsync(LocalDatabaseName, cancellationToken);
        }
        catch (LocalPostgresException exception)
        {
            throw new StartupException(
                $"Could not start the private PostgreSQL cluster in {directory}: {exception.Message}",
                ExitCodes.StartupFailed,
                exception);
        }

        LogLocalClusterStarted(directory, _localCluster.Port);
        return _localCluster.ConnectionString(LocalDatabaseName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Private PostgreSQL cluster in {Directory} is listening on 127.0.0.1:{Port}")]
    private partial void LogLocalClusterStarted(string directory, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Private PostgreSQL cluster in {Directory} stopped")]
    private partial void LogLocalClusterStopped(string directory);
}
