using System.CommandLine;
using System.Globalization;
using LlmReadingList.Bench.Generate;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Bench;

/// <summary>
/// <c>generate</c>: migrates an empty database and loads a synthetic catalog with binary COPY. Search rows are built
/// either by the app's statement triggers as the rows arrive (<c>--search-rows triggers</c>) or, with triggers
/// off during COPY, by the same refresh function in parallel chunks afterwards (<c>bulk</c>, the default).
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var papers = new Option<int>("--papers") { Description = "How many papers.", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same catalog.", DefaultValueFactory = _ => 20261207 };
        var mode = new Option<string>("--search-rows") { Description = "bulk or triggers.", DefaultValueFactory = _ => "bulk" };
        mode.AcceptOnlyFromAmong("bulk", "triggers");
        var jobs = new Option<int>("--jobs") { Description = "Parallel connections building search rows (bulk).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("generate", "Migrate an empty database and load a synthetic catalog.")
        {
            BenchDatabase.ConnectionOption, papers, seed, mode, jobs,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchDatabase(parse.GetRequiredValue(BenchDatabase.ConnectionOption)), parse.GetValue(papers), parse.GetValue(seed),
            parse.GetValue(mode) == "bulk", parse.GetValue(jobs), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(BenchDatabase database, int papers, int seed, bool bulk, int jobs, CancellationToken cancellationToken)
    {
        await using var dataSource = database.CreateDataSource(jobs + 4);
        var steps = new StepTimer(Console.Out);
        await steps.RunAsync("migrate", async () =>
        {
            await using var db = new CatalogDbContext(BenchDatabase.ContextOptions(dataSource));
            await db.Database.MigrateAsync(cancellationToken);
            return 0;
        });

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT FROM paper)", cancellationToken))
        {
            await Console.Error.WriteLineAsync("error: the database already holds papers; generate into an empty one.");
            return 1;
        }

        if (bulk)
        {
            await SearchRows.Replica(connection, cancellationToken);
        }

        var shape = CatalogShape.For(papers);
        var copy = new CatalogCopy(connection, shape, seed);
        var total = TimeProvider.System.GetTimestamp();
        await steps.RunAsync("COPY source", () => copy.SourcesAsync(cancellationToken));
        await steps.RunAsync("COPY author", () => copy.AuthorsAsync(cancellationToken));
        await steps.RunAsync("COPY tag, reading_list", () => copy.TagsAndListsAsync(cancellationToken));
        await steps.RunAsync("COPY paper", () => copy.PapersAsync(cancellationToken));
        await steps.RunAsync("COPY paper_title", () => copy.PaperTitlesAsync(cancellationToken));
        await steps.RunAsync("COPY summary", () => copy.SummariesAsync(cancellationToken));
        await steps.RunAsync("COPY paper_author, paper_tag", () => copy.CreditsAndTagsAsync(cancellationToken));
        await steps.RunAsync("COPY list_entry", () => copy.ListEntriesAsync(cancellationToken));
        if (bulk)
        {
            var (refresh, indexes) = await SearchRows.BuildAsync(dataSource, papers, jobs, cancellationToken);
            steps.Report($"search rows ({jobs} jobs)", refresh, papers);
            steps.Report("search indexes rebuilt", indexes, null);
        }

        await steps.RunAsync("identity sequences", async () =>
        {
            foreach (var table in new[] { "source", "author", "tag", "reading_list", "paper", "paper_title", "summary", "list_entry" })
            {
                await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", cancellationToken);
            }

            return 0;
        });
        steps.Report("load total (COPY + search rows)", TimeProvider.System.GetElapsedTime(total), papers);
        await steps.RunAsync("VACUUM ANALYZE", async () =>
        {
            await ExecuteAsync(connection, "VACUUM (ANALYZE)", cancellationToken);
            return 0;
        });

        var searchRows = await ScalarAsync<long>(connection, "SELECT count(*) FROM paper_search", cancellationToken);
        // Equal digests from the two modes (same seed) show bulk builds exactly what the triggers build.
        var digest = await ScalarAsync<string>(connection,
            "SELECT md5(string_agg(paper_id || document::text || title_document::text || titles || languages::text || author_ids::text || tag_ids::text || list_ids::text, '|' ORDER BY paper_id)) FROM paper_search WHERE paper_id <= 20000",
            cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\nsearch rows: {searchRows:N0} for {papers:N0} papers; digest of the first 20,000: {digest}"));
        return searchRows == papers ? 0 : 1;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
