using System.Collections.Concurrent;
using System.Diagnostics;

namespace LlmReadingList.Drills.Hostile;

public sealed record SqliOutcome(int Requests, string StatusLine, int ServerErrors, TimeSpan Slowest, string SlowestPath)
{
    // a pg_sleep(5) that ran would show as a 5-second answer
    public bool Passed => ServerErrors == 0 && Slowest < TimeSpan.FromSeconds(4);
}

/// <summary>Sends every injection string through every public parameter and slug; answers must be normal pages.</summary>
public static class SqliRequests
{
    public static async Task<SqliOutcome> SendAsync(HttpClient client, CatalogSlugs slugs, IReadOnlyList<string> injections, int parallelism = 4)
    {
        var paths = injections.SelectMany(i => HostileRequests.ForEveryParameter(i, slugs)).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var slowest = (Time: TimeSpan.Zero, Path: string.Empty);
        var gate = new object();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (path, cancellationToken) =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var took = watch.Elapsed;
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            lock (gate)
            {
                if (took > slowest.Time)
                {
                    slowest = (took, path);
                }
            }
        });

        var line = string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        return new SqliOutcome(paths.Count, line, statuses.Where(p => p.Key >= 500).Sum(p => p.Value), slowest.Time, slowest.Path);
    }
}
