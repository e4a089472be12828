using System.Diagnostics;
using System.Globalization;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Hostile;

namespace LlmReadingList.Drills.Drills;

/// <summary>
/// crash-import: the importer CLI is killed with SIGKILL while it writes a large article, several times at different
/// moments; after each kill the database holds all of the article or none of it; then a run to completion imports it whole.
/// </summary>
public static class CrashImportDrill
{
    public const string SourceKey = "crash-drill";
    public const string Marker = "Crashdrill";

    public static async Task<bool> RunAsync(DrillContext context)
    {
        var entries = context.Number("entries", 5000);
        var connectionString = await context.FreshDatabaseAsync();
        var environment = AppProcess.Environment(context.Paths, connectionString);
        var folder = context.Paths.Work(context.Drill);
        var article = await GeneratedArticles.WriteAsync(folder, SourceKey, GeneratedArticles.Large(entries, Marker));
        var figures = new List<string> { string.Create(CultureInfo.InvariantCulture, $"article: {entries:N0} entries, {new FileInfo(article).Length:N0} bytes, parser {GeneratedArticles.Parser}") };

        var seed = AppProcess.StartVerb(context.Paths, environment, context.Drill + "-seed", "import", context.Paths.Seed);
        await using (seed)
        {
            if (await seed.WaitAsync(TimeSpan.FromMinutes(5)) != 0)
            {
                throw new InvalidOperationException($"importing the seed failed; see {context.Paths.Log(context.Drill + "-seed")}");
            }
        }

        var passed = true;
        foreach (var delay in new[] { 0.5, 2.0, 5.0 })
        {
            var (killedAt, finishedFirst) = await KillMidRunAsync(context, environment, article, TimeSpan.FromSeconds(delay), $"{context.Drill}-kill-{delay}");
            var footprint = await CatalogProbe.FootprintAsync(connectionString, SourceKey, Marker);
            var verdict = footprint.IsAbsent ? "none of it" : footprint.IsWhole(entries) ? "all of it" : "PARTIAL";
            passed &= verdict != "PARTIAL";
            figures.Add(finishedFirst
                ? string.Create(CultureInfo.InvariantCulture, $"kill after {delay} s of writing: the import had already finished; database holds {verdict} ({footprint})")
                : string.Create(CultureInfo.InvariantCulture, $"kill -9 {killedAt.TotalSeconds:F1} s after start ({delay} s into writing): database holds {verdict} ({footprint})"));
            if (footprint.IsWhole(entries))
            {
                break;
            }
        }

        var watch = Stopwatch.StartNew();
        var limit = TimeSpan.FromMinutes(context.Number("minutes", 30));
        await using (var again = AppProcess.StartVerb(context.Paths, environment, context.Drill + "-again", "import", article))
        {
            int? exit = null;
            try
            {
                exit = await again.WaitAsync(limit);
            }
            catch (OperationCanceledException)
            {
                again.KillHard();
            }

            var footprint = await CatalogProbe.FootprintAsync(connectionString, SourceKey, Marker);
            passed &= exit == 0 && footprint.IsWhole(entries);
            figures.Add(exit is null
                ? string.Create(CultureInfo.InvariantCulture, $"run again: did NOT finish within {limit.TotalMinutes:F0} min (killed); database holds {(footprint.IsAbsent ? "none of it" : footprint.IsWhole(entries) ? "all of it" : "PART of it")} ({footprint})")
                : string.Create(CultureInfo.InvariantCulture, $"run again: exit {exit} in {watch.Elapsed.TotalSeconds:F1} s; database holds {(footprint.IsWhole(entries) ? "all of it" : "NOT all of it")} ({footprint})"));
        }

        Console.Error.WriteLine(string.Join('\n', figures));
        await ResultsFile.AppendAsync(context.Paths, context.Drill, context.Command, passed, figures);
        return passed;
    }

    /// <summary>Starts the import, waits for it to report that it is writing, waits <paramref name="delay"/> more, and kills it hard.</summary>
    private static async Task<(TimeSpan KilledAt, bool FinishedFirst)> KillMidRunAsync(DrillContext context, IReadOnlyDictionary<string, string> environment, string article, TimeSpan delay, string logName)
    {
        var watch = Stopwatch.StartNew();
        await using var import = AppProcess.StartVerb(context.Paths, environment, logName, "import", article);
        var log = context.Paths.Log(logName);
        while (!import.HasExited && !ReadShared(log).Contains(": writing ", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20);
        }

        await Task.Delay(delay);
        if (import.HasExited)
        {
            return (watch.Elapsed, true);
        }

        import.KillHard();
        await import.WaitAsync(TimeSpan.FromSeconds(30));
        return (watch.Elapsed, false);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
