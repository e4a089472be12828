using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace LlmReadingList.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster run from the system's binaries in a folder of our own: created on first use,
/// reused (same port, same password) on the next, stopped on request. When the process runs as root the server
/// runs as the unprivileged 'postgres' user, because initdb and postgres refuse to run as root.
/// </summary>
public sealed class LocalPostgresCluster
{
    private const string ServiceUser = "postgres";
    private readonly LocalPostgresOptions _options;
    private readonly string _binDirectory;
    private readonly bool _runAsServiceUser;

    public LocalPostgresCluster(LocalPostgresOptions options)
    {
        _options = options;
        _binDirectory = PostgresBinaries.Require();
        _runAsServiceUser = Environment.IsPrivilegedProcess;
        RootDirectory = Path.GetFullPath(options.RootDirectory);
    }

    public string RootDirectory { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public string LogFile => Path.Combine(RootDirectory, "log", "server.log");

    private string SettingsFile => Path.Combine(RootDirectory, "cluster.json");

    public int Port { get; private set; }

    /// <summary>True when this object started the server (it was not already running); only then should it stop it.</summary>
    public bool StartedHere { get; private set; }

    public string Password { get; private set; } = string.Empty;

    /// <summary>Initialises the cluster if needed and starts it if it is not running. Safe to call when it already runs.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(RootDirectory);
        var settings = await LoadOrCreateSettingsAsync(cancellationToken);
        Password = settings.Password;

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }

        if (await IsRunningAsync(cancellationToken) && settings.Port > 0)
        {
            Port = settings.Port;
            return;
        }

        Port = settings.Port > 0 && IsPortFree(settings.Port) ? settings.Port : ChooseFreePort();
        await SaveSettingsAsync(settings with { Port = Port }, cancellationToken);
        await StartServerAsync(cancellationToken);
        StartedHere = true;
    }

    public async Task StopAsync(bool immediate = false, CancellationToken cancellationToken = default)
    {
        if (!await IsRunningAsync(cancellationToken))
        {
            return;
        }

        await RunToolCheckedAsync("pg_ctl", ["stop", "-D", DataDirectory, "-w", "-t", "60", "-m", immediate ? "immediate" : "fast"], cancellationToken);
    }

    public async Task<bool> IsRunningAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return false;
        }

        var result = await RunToolAsync("pg_ctl", ["status", "-D", DataDirectory], cancellationToken);
        return result.ExitCode == 0;
    }

    public string ConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = _options.UserName,
            Database = database,
        };
        if (!_options.TrustLocalConnections)
        {
            builder.Password = Password;
        }

        return builder.ConnectionString;
    }

    /// <summary>Creates the database if it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(LogFile)!);
        var passwordFile = Path.Combine(RootDirectory, "log", ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        try
        {
            await GiveToServiceUserAsync(cancellationToken);
            List<string> arguments =
            [
                "-D", DataDirectory, "-U", _options.UserName, "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions",
            ];
            arguments.AddRange(_options.TrustLocalConnections
                ? ["--auth=trust"]
                : ["--auth-local=peer", "--auth-host=scram-sha-256", $"--pwfile={passwordFile}"]);
            await RunToolCheckedAsync("initdb", arguments, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LogFile)!);
        await GiveToServiceUserAsync(cancellationToken);
        var serverOptions = new List<string>
        {
            $"-c port={Port}",
            "-c listen_addresses=127.0.0.1",
            "-c unix_socket_directories=''",
        };
        serverOptions.AddRange(_options.ServerSettings.Select(s => $"-c {s.Name}={s.Value}"));
        var result = await RunToolAsync(
            "pg_ctl",
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", string.Join(' ', serverOptions)],
            cancellationToken);
        if (result.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? string.Join('\n', (await File.ReadAllLinesAsync(LogFile, cancellationToken)).TakeLast(15)) : string.Empty;
            throw new LocalPostgresException($"PostgreSQL did not start on port {Port}: {result.Output}\n{log}");
        }
    }

    private int ChooseFreePort() =>
        _options.CandidatePorts.FirstOrDefault(IsPortFree) is var port and > 0
            ? port
            : throw new LocalPostgresException("No free local port for PostgreSQL among the candidate ports.");

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task GiveToServiceUserAsync(CancellationToken cancellationToken)
    {
        if (!_runAsServiceUser)
        {
            return;
        }

        await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", DataDirectory, Path.GetDirectoryName(LogFile)!], cancellationToken);
        var reachable = await ProcessRunner.RunAsync("runuser", ["-u", ServiceUser, "--", "test", "-w", DataDirectory], cancellationToken);
        if (reachable.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"The '{ServiceUser}' user cannot reach {DataDirectory}; PostgreSQL must run as that user when started by root. " +
                "Move the checkout (or the data folder) somewhere every user can traverse, or set ConnectionStrings__Catalog.");
        }
    }

    private Task<ProcessRunner.Result> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binDirectory, tool);
        return _runAsServiceUser
            ? ProcessRunner.RunAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments], cancellationToken)
            : ProcessRunner.RunAsync(path, arguments, cancellationToken);
    }

    private async Task RunToolCheckedAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await RunToolAsync(tool, arguments, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"{tool} failed with exit code {result.ExitCode}: {result.Output}");
        }
    }

    private sealed record ClusterSettings(int Port, string Password);

    private async Task<ClusterSettings> LoadOrCreateSettingsAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(SettingsFile))
        {
            await using var stream = File.OpenRead(SettingsFile);
            var loaded = await JsonSerializer.DeserializeAsync<ClusterSettings>(stream, cancellationToken: cancellationToken);
            if (loaded is not null)
            {
                return loaded;
            }
        }

        var created = new ClusterSettings(0, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());
        await SaveSettingsAsync(created, cancellationToken);
        return created;
    }

    private async Task SaveSettingsAsync(ClusterSettings settings, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(SettingsFile, JsonSerializer.Serialize(settings), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SettingsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
