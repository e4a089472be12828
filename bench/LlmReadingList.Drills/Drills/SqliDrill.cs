using System.Globalization;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Hostile;

namespace LlmReadingList.Drills.Drills;

/// <summary>sqli: the injection corpus in every public parameter and slug: normal answers (never 5xx), and the database byte-for-byte unchanged.</summary>
public static class SqliDrill
{
    public static async Task<bool> RunAsync(DrillContext context)
    {
        var connectionString = await context.FreshDatabaseAsync();
        await using var app = await context.StartSeededAppAsync(connectionString);
        var slugs = await CatalogProbe.SampleSlugsAsync(connectionString);
        var before = await CatalogProbe.FingerprintAsync(connectionString);
        using var client = DrillContext.ReaderClient(app.BaseAddress, 8);
        var outcome = await SqliRequests.SendAsync(client, slugs, Corpus.SqlInjections, parallelism: 8);
        var after = await CatalogProbe.FingerprintAsync(connectionString);
        var unchanged = CatalogProbe.Describe(before, after);
        var passed = outcome.Passed && unchanged == "unchanged" && !app.HasExited;
        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Corpus.SqlInjections.Count} injection strings × every public parameter and slug = {outcome.Requests:N0} requests; by status: {outcome.StatusLine}"),
            string.Create(CultureInfo.InvariantCulture, $"slowest answer: {outcome.Slowest.TotalMilliseconds:F0} ms ({outcome.SlowestPath}); slowest with pg_sleep(5) in it: {outcome.SlowestSleep.TotalMilliseconds:F0} ms (a sleep that ran would take ≥ 5,000 ms)"),
            $"database ({before.Count} tables, row counts and md5 of every row): {unchanged}",
        };
        Console.Error.WriteLine(string.Join('\n', figures));
        await ResultsFile.AppendAsync(context.Paths, context.Drill, context.Command, passed, figures);
        return passed;
    }
}
