using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace LlmReadingList.Drills.Harness;

/// <summary>Appends one drill's outcome (command, machine, date, figures, verdict) to bench/results/drills.md.</summary>
public static class ResultsFile
{
    public static async Task AppendAsync(DrillPaths paths, string drill, string command, bool passed, IEnumerable<string> figures)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Results)!);
        if (!File.Exists(paths.Results))
        {
            await File.WriteAllTextAsync(paths.Results, "# Reliability drills: results\n\nEach section is one run of `bench/drills.sh`, appended by the drill itself.\n");
        }

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"\n## {drill}: {(passed ? "PASS" : "FAIL")} ({DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC)\n\n")
            .Append(CultureInfo.InvariantCulture, $"- command: `{command}`\n")
            .Append(CultureInfo.InvariantCulture, $"- machine: {Machine()}\n");
        foreach (var figure in figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {figure}\n");
        }

        await File.AppendAllTextAsync(paths.Results, text.ToString());
    }

    public static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:F0} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
