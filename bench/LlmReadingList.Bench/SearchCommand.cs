using System.CommandLine;
using LlmReadingList.Bench.Search;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LlmReadingList.Bench;

/// <summary>
/// <c>search</c>: each query type through the app's own search (<see cref="CatalogSearch"/> on a pooled DbContext,
/// as the search page runs it), then the very statement it sends in psql, and writes a Markdown report.
/// </summary>
internal static class SearchCommand
{
    // After this many timeouts (the app's 5 s statement timeout) a query type stops: the rest would time out too.
    private const int MaxTimeouts = 3;

    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { Description = "Timed runs per query type.", DefaultValueFactory = _ => 50 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed runs first.", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo>("--output") { Description = "Markdown report (the table and plans).", Required = true };
        var command = new Command("search", "Time search query types in the app's code path and in psql.")
        {
            BenchDatabase.ConnectionOption, iterations, warmup, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchDatabase(parse.GetRequiredValue(BenchDatabase.ConnectionOption)), parse.GetValue(iterations), parse.GetValue(warmup),
            parse.GetRequiredValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(BenchDatabase database, int iterations, int warmup, FileInfo output, CancellationToken cancellationToken)
    {
        await using var dataSource = database.CreateDataSource();
        var factory = new PooledDbContextFactory<CatalogDbContext>(BenchDatabase.ContextOptions(dataSource));
        // a catalog generated under an older schema is searched with today's (a new index, say), as the app would migrate it
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
                // a migration that rewrote rows leaves them unmarked in the visibility map until vacuumed (autovacuum
                // would, later), and index-only scans read the table for each unmarked page
                db.Database.SetCommandTimeout(TimeSpan.Zero);
                await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);
            }
        }

        var psql = new PsqlRunner(database.PsqlArguments());
        var rows = new List<SearchReport.Row>();
        foreach (var searchCase in SearchCase.All)
        {
            var request = searchCase.Request();
            var loadBefore = SearchReport.LoadAverage();
            var results = SearchResults.None;
            var app = new List<double>(iterations);
            var timeouts = 0;
            for (var i = 0; i < warmup + iterations && timeouts < MaxTimeouts; i++)
            {
                var started = TimeProvider.System.GetTimestamp();
                try
                {
                    await using var db = await factory.CreateDbContextAsync(cancellationToken);
                    results = await new CatalogSearch(db).SearchAsync(request, cancellationToken);
                }
                catch (SearchTimeoutException)
                {
                    timeouts++;
                }

                if (i >= warmup)
                {
                    app.Add(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            // a query type that keeps hitting the timeout gets as many psql runs as the app had
            var direct = await psql.RunAsync(SearchStatement.For(request), Math.Min(warmup, app.Count + timeouts), Math.Max(1, app.Count), cancellationToken);
            var row = new SearchReport.Row(searchCase, results, new Latencies(app), timeouts, direct, loadBefore, SearchReport.LoadAverage());
            rows.Add(row);
            await Console.Out.WriteLineAsync(SearchReport.TableRow(row));
        }

        await File.WriteAllTextAsync(output.FullName, SearchReport.Markdown(rows, iterations, warmup), cancellationToken);
        return rows.All(r => r.MeetsTargets) ? 0 : 3;
    }
}
