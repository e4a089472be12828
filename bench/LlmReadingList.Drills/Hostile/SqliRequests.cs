using System.Collections.Concurrent;
using System.Diagnostics;

namespace LlmReadingList.Drills.Hostile;

public sealed record SqliOutcome(int Requests, string StatusLine, int ServerErrors, TimeSpan Slowest, string SlowestPath, TimeSpan SlowestSleep)
{
    // a pg_sleep(5) that ran would make its own request take at least 5 seconds, however busy the machine is otherwise
    public bool Passed => ServerErrors == 0 && SlowestSleep < TimeSpan.FromSeconds(5);
}

/// <summary>Sends every injection string through every public parameter and slug; answers must be normal pages.</summary>
public static class SqliRequests
{
    public static async Task<SqliOutcome> SendAsync(HttpClient client, CatalogSlugs slugs, IReadOnlyList<string> injections, int parallelism = 4)
    {
        var paths = injections.SelectMany(i => HostileRequests.ForEveryParameter(i, slugs)).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var slowest = (Time: TimeSpan.Zero, Path: string.Empty);
        var slowestSleep = TimeSpan.Zero;
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

                if (path.Contains("pg_sleep", StringComparison.Ordinal) && took > slowestSleep)
                {
                    slowestSleep = took;
                }
            }
        });

        var line = string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        return new SqliOutcome(paths.Count, line, statuses.Where(p => p.Key >= 500).Sum(p => p.Value), slowest.Time, slowest.Path, slowestSleep);
    }
}
