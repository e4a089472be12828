using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace LlmReadingList.Tests.Consumers;

/// <summary>
/// Runs the Node scripts beside this file: real third-party parsers, renderers and validators reading what the catalog
/// writes. Installs their npm packages (<c>npm ci</c>, from the committed package-lock.json) once per test run when
/// node_modules is missing or older than the lock file.
/// </summary>
public static class NodeConsumers
{
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static string Folder { get; } = FindFolder();

    /// <summary>Feeds <paramref name="input"/> to <c>node {script}</c> and returns the JSON it prints.</summary>
    public static async Task<JsonElement> RunAsync(string script, string input)
    {
        await Installed.Value;
        var result = await RunProcessAsync("node", [script], input);
        Assert.True(result.ExitCode == 0, $"node {script} failed ({result.ExitCode}): {result.Stderr}");
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.Clone();
    }

    private static async Task InstallAsync()
    {
        var lockFile = new FileInfo(Path.Combine(Folder, "package-lock.json"));
        var installed = new FileInfo(Path.Combine(Folder, "node_modules", ".package-lock.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= lockFile.LastWriteTimeUtc)
        {
            return;
        }

        var result = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], null);
        Assert.True(result.ExitCode == 0, $"npm ci in {Folder} failed ({result.ExitCode}): {result.Stderr}");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string program, string[] arguments, string? input)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Cannot run {program} ({exception.Message}): the consumer checks need Node.js 20 and npm (scripts/ensure-prerequisites.sh node).", exception);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
            }

            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout, await stderr);
        }
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "LlmReadingList.Tests", "Consumers");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No tests/LlmReadingList.Tests/Consumers/package.json above {AppContext.BaseDirectory}.");
    }
}
