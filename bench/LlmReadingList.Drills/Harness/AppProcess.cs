using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LlmReadingList.Drills.Harness;

/// <summary>The published web app (or its CLI verbs) as a real process, its output kept in a log file.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log)
    {
        (_process, _log) = (process, log);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public int Id => _process.Id;

    public static IReadOnlyDictionary<string, string> Environment(DrillPaths paths, string connectionString) => new Dictionary<string, string>
    {
        ["ConnectionStrings__Catalog"] = connectionString,
        ["Catalog__DataDirectory"] = Path.Combine(paths.Root, "app-data"),
        ["Catalog__SeedDirectory"] = paths.Seed,
        ["Catalog__SecureCookies"] = "false",
        // the drill signs its editors in from one address; the limit guards against guessing, not against this
        ["Catalog__LoginAttemptsPerMinute"] = "1000",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Starts the web app on a free port and waits until /health answers 200.</summary>
    public static async Task<AppProcess> StartWebAsync(DrillPaths paths, string connectionString, bool importSeed, string logName)
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>(Environment(paths, connectionString))
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Catalog__ImportSeedOnStart"] = importSeed ? "true" : "false",
        };
        var app = Start(paths, environment, logName, []);
        app.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (app.HasExited)
            {
                await app.DisposeAsync();
                throw new InvalidOperationException($"the app exited while starting; see {paths.Log(logName)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy importing the seed
            }

            await Task.Delay(250);
        }

        await app.DisposeAsync();
        throw new TimeoutException($"the app did not become healthy in 5 minutes; see {paths.Log(logName)}");
    }

    /// <summary>Starts a CLI verb (import, create-admin …) of the published app.</summary>
    public static AppProcess StartVerb(DrillPaths paths, IReadOnlyDictionary<string, string> environment, string logName, params string[] arguments) =>
        Start(paths, environment, logName, arguments);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        await _log.FlushAsync();
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown hooks, no finally blocks, no rollback from the process itself.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first: the app's graceful shutdown is part of what runs in production
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        await _log.FlushAsync();
        await _log.DisposeAsync();
        _process.Dispose();
    }

    private static AppProcess Start(DrillPaths paths, IReadOnlyDictionary<string, string> environment, string logName, string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(paths.AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(paths.AppDll);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(paths.Log(logName), append: false) { AutoFlush = true };
        var sync = TextWriter.Synchronized(log);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { sync.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { sync.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, log);
    }

    // Below the ephemeral range, so no client socket of the load can be holding it.
    private static int FreePort()
    {
        foreach (var port in Enumerable.Range(16500, 200))
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken; try the next
            }
        }

        throw new InvalidOperationException("no free port in 16500–16699");
    }
}
