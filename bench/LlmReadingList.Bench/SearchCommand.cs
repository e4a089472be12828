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
    internal const int MaxTimeouts = 3;

    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { Description = "Timed runs per query type.", DefaultValueFactory = _ => 50 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed runs first.", DefaultValueFactory = _ => 5 };
        var rounds = new Option<int>("--rounds") { Description = "Turns the query types take; the timed runs are split between them.", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo>("--output") { Description = "Markdown report (the table and plans).", Required = true };
        var other = new Option<bool>("--other") { Description = "The other searches (SearchCase.Other, no target) instead of the query types with targets." };
        var command = new Command("search", "Time search query types in the app's code path and in psql.")
        {
            BenchDatabase.ConnectionOption, iterations, warmup, rounds, output, other,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchDatabase(parse.GetRequiredValue(BenchDatabase.ConnectionOption)), parse.GetValue(iterations), parse.GetValue(warmup),
            Math.Max(1, parse.GetValue(rounds)), parse.GetRequiredValue(output), parse.GetValue(other), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(BenchDatabase database, int iterations, int warmup, int rounds, FileInfo output, bool other, CancellationToken cancellationToken)
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

        // The query types take turns, round by round: a slow stretch of this shared machine then costs every type a few
        // runs instead of landing on one type's consecutive runs, and each type's app and psql runs sit side by side.
        var psql = new PsqlRunner(database.PsqlArguments());
        var measures = (other ? SearchCase.Other : SearchCase.All).Select(searchCase => new CaseMeasure(searchCase)).ToList();
        for (var round = 0; round < rounds; round++)
        {
            var timed = iterations / rounds + (round < iterations % rounds ? 1 : 0);
            var untimed = round == 0 ? warmup : 1;
            foreach (var measure in measures.Where(m => m.AppTimeouts < MaxTimeouts))
            {
                await measure.RunRoundAsync(factory, psql, untimed, timed, cancellationToken);
            }

            await Console.Out.WriteLineAsync($"round {round + 1} of {rounds} done");
        }

        var rows = measures.Select(m => m.ToRow()).ToList();
        foreach (var row in rows)
        {
            await Console.Out.WriteLineAsync(SearchReport.TableRow(row));
        }

        await File.WriteAllTextAsync(output.FullName, other ? SearchReport.OtherMarkdown(rows, iterations, warmup) : SearchReport.Markdown(rows, iterations, warmup, rounds), cancellationToken);
        return other || rows.All(r => r.MeetsTargets) ? 0 : 3;
    }
}
