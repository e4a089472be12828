using System.Diagnostics;
using System.Globalization;
using System.Net;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Load;

namespace LlmReadingList.Drills.Drills;

/// <summary>
/// load: mixed reads and curator edits at N connections for the duration; zero 5xx, every acknowledged edit present.
/// outage: the same load, with PostgreSQL stopped (pg_ctl stop -m fast) for ~10 s in the middle: 503 + Retry-After
/// and /health unhealthy while it is down, the first success within 5 s of its return, no acknowledged edit lost.
/// </summary>
public static class LoadDrill
{
    public static async Task<bool> RunAsync(DrillContext context, bool outage)
    {
        var duration = context.Duration(outage ? TimeSpan.FromSeconds(60) : TimeSpan.FromMinutes(10));
        var connections = context.Number("connections", 64);
        var downFor = TimeSpan.FromSeconds(context.Number("down-seconds", 10));
        var connectionString = await context.FreshDatabaseAsync();
        await using var app = await context.StartSeededAppAsync(connectionString);
        var (readPaths, paperIds) = await DrillContext.WorkloadAsync(connectionString, papersToEdit: 48);
        using var readers = DrillContext.ReaderClient(app.BaseAddress, connections);
        var editors = await DrillContext.SignedInEditorsAsync(app.BaseAddress, Math.Max(1, connections / 8));
        Console.Error.WriteLine($"[{context.Drill}] {connections} connections ({editors.Count} editors) for {duration} against {app.BaseAddress}");

        var options = new LoadOptions { Readers = readers, Editors = editors, ReadPaths = readPaths, PaperIds = paperIds, Connections = connections, Duration = duration };
        var load = LoadRun.RunAsync(options);
        var fault = outage ? OutageAsync(context, app.BaseAddress, duration, downFor) : Task.FromResult<OutageFigures?>(null);
        var outcome = await load;
        var figuresOfOutage = await fault;
        var ledger = await EditLedger.CheckAsync(connectionString, outcome);
        var alive = !app.HasExited;
        editors.ForEach(e => e.Dispose());

        var unexpected5xx = figuresOfOutage is { } o
            ? outcome.Events.Count(e => e.Status >= 500 && !(e.Status == 503 && e.At >= o.StoppedAt && e.At <= o.RecoveredAt + TimeSpan.FromSeconds(1)))
            : outcome.ServerErrors;
        var unexpectedTransport = outcome.TransportErrors;
        var passed = alive && unexpected5xx == 0 && unexpectedTransport == 0 && ledger.AllPresent && (figuresOfOutage?.Passed ?? true);

        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{connections} concurrent connections ({editors.Count} curator editors, {connections - editors.Count} anonymous readers) for {outcome.Elapsed.TotalSeconds:F0} s"),
            string.Create(CultureInfo.InvariantCulture, $"{outcome.Total:N0} responses ({outcome.Total / outcome.Elapsed.TotalSeconds:F0}/s); by status: {outcome.StatusLine()}"),
            string.Create(CultureInfo.InvariantCulture, $"5xx{(outage ? " outside the outage window" : "")}: {unexpected5xx}; transport errors: {outcome.TransportErrors}{(outcome.Errors.IsEmpty ? "" : " (" + string.Join("; ", outcome.Errors.Take(3).Select(p => $"{p.Value}× {p.Key}")) + ")")}"),
            string.Create(CultureInfo.InvariantCulture, $"edits: {outcome.EditAttempts:N0} posted, {outcome.Acknowledged.Count:N0} acknowledged (302), {outcome.EditsRefused:N0} refused (409/200 with a message)"),
            $"database check: {ledger.Summary}",
            $"app process: {(alive ? "still running" : $"EXITED with {app.ExitCode}")}",
        };
        if (figuresOfOutage is { } f)
        {
            figures.AddRange(f.Lines);
        }

        Console.Error.WriteLine(string.Join('\n', figures));
        await ResultsFile.AppendAsync(context.Paths, context.Drill, context.Command, passed, figures);
        return passed;
    }

    private sealed record OutageFigures(TimeSpan StoppedAt, TimeSpan RecoveredAt, bool Passed, IReadOnlyList<string> Lines);

    /// <summary>A third into the load: stop the database, probe the app while it is away, start it, time the way back.</summary>
    private static async Task<OutageFigures?> OutageAsync(DrillContext context, Uri baseAddress, TimeSpan duration, TimeSpan downFor)
    {
        var clock = Stopwatch.StartNew();
        using var probe = DrillContext.ReaderClient(baseAddress, 4);
        probe.Timeout = TimeSpan.FromSeconds(10);
        await Task.Delay(duration / 3);
        var stoppedAt = clock.Elapsed;
        Console.Error.WriteLine($"[{context.Drill}] stopping PostgreSQL (pg_ctl stop -m fast)");
        await context.Cluster.StopFastAsync();
        var stopCommandTook = clock.Elapsed - stoppedAt;

        // Pages the output cache has never seen (a fresh query each time), so the answer must come from the database.
        var down = new List<(int Status, string? RetryAfter)>();
        var healthDown = new List<int>();
        while (clock.Elapsed - stoppedAt < downFor)
        {
            down.Add(await ProbeAsync(probe, $"/search?q=outage{Guid.NewGuid():N}"));
            healthDown.Add((await ProbeAsync(probe, "/health")).Status);
            await Task.Delay(500);
        }

        Console.Error.WriteLine($"[{context.Drill}] starting PostgreSQL");
        await context.Cluster.StartAsync();
        var backAt = clock.Elapsed;
        var firstSuccess = TimeSpan.MaxValue;
        var healthyAgain = TimeSpan.MaxValue;
        while (clock.Elapsed - backAt < TimeSpan.FromSeconds(30) && (firstSuccess == TimeSpan.MaxValue || healthyAgain == TimeSpan.MaxValue))
        {
            if (firstSuccess == TimeSpan.MaxValue && (await ProbeAsync(probe, $"/search?q=back{Guid.NewGuid():N}")).Status is >= 200 and < 300)
            {
                firstSuccess = clock.Elapsed - backAt;
            }

            if (healthyAgain == TimeSpan.MaxValue && (await ProbeAsync(probe, "/health")).Status == 200)
            {
                healthyAgain = clock.Elapsed - backAt;
            }

            await Task.Delay(50);
        }

        var all503WithRetryAfter = down.Count > 0 && down.All(d => d.Status == 503 && d.RetryAfter is not null);
        var healthUnhealthy = healthDown.Count > 0 && healthDown.All(s => s == 503);
        var recovered = firstSuccess <= TimeSpan.FromSeconds(5);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"outage: PostgreSQL stopped at {stoppedAt.TotalSeconds:F1} s (pg_ctl stop -m fast took {stopCommandTook.TotalSeconds:F1} s), started again at {backAt.TotalSeconds:F1} s"),
            string.Create(CultureInfo.InvariantCulture, $"while down: uncached pages answered {Histogram(down.Select(d => d.Status))} ({down.Count(d => d.RetryAfter is not null)} with Retry-After: {down.Select(d => d.RetryAfter).FirstOrDefault(r => r is not null) ?? "none"}); /health answered {Histogram(healthDown)}"),
            firstSuccess == TimeSpan.MaxValue
                ? "recovery: NO 2xx within 30 s of the database's return"
                : string.Create(CultureInfo.InvariantCulture, $"recovery: first 2xx (uncached search) {firstSuccess.TotalSeconds:F2} s after the database was back (target ≤ 5 s); /health 200 after {healthyAgain.TotalSeconds:F2} s"),
        };
        var recoveredAt = backAt + (firstSuccess == TimeSpan.MaxValue ? TimeSpan.FromSeconds(30) : firstSuccess);
        return new OutageFigures(stoppedAt, recoveredAt, all503WithRetryAfter && healthUnhealthy && recovered, lines);
    }

    private static async Task<(int Status, string? RetryAfter)> ProbeAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return ((int)response.StatusCode, response.Headers.RetryAfter?.ToString());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (0, null);
        }
    }

    private static string Histogram(IEnumerable<int> statuses) =>
        string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()}× {(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))}")));
}
