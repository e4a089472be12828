using System.Globalization;
using System.Text;
using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Bench.Search;

/// <summary>The search benchmark's Markdown: a table (app and psql p50/p95, ratio, targets), the SQL once, each plan.</summary>
internal static class SearchReport
{
    public const double TargetP95Milliseconds = 50;

    public const double TargetRatio = 1.5;

    public sealed record Row(SearchCase Case, SearchResults Results, Latencies App, int AppTimeouts, PsqlRunner.Result Psql, string LoadBefore, string LoadAfter)
    {
        public double Ratio => App.P95 / Psql.Latencies.P95;

        public bool MeetsTargets => App.P95 < TargetP95Milliseconds && Ratio <= TargetRatio && AppTimeouts == 0;
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static string TableRow(Row row) => string.Create(CultureInfo.InvariantCulture,
        $"| {row.Case.Type} | `{row.Case.Url}` | {Matches(row)} | {Ms(row.App.P50)} | {Ms(row.App.P95)} | {Ms(row.Psql.Latencies.P50)} | {Ms(row.Psql.Latencies.P95)} | {Times(row.App.P50 / row.Psql.Latencies.P50)} | {Times(row.Ratio)} | {row.App.Count} | {row.AppTimeouts} / {row.Psql.Timeouts} | {(row.MeetsTargets ? "yes" : "**no**")} | {row.LoadBefore} → {row.LoadAfter} |");

    // a query type whose every run timed out has no latencies and no results
    private static string Ms(double value) => double.IsNaN(value) ? "timeout" : value.ToString("F1", CultureInfo.InvariantCulture);

    private static string Times(double value) => double.IsNaN(value) ? "–" : value.ToString("F2", CultureInfo.InvariantCulture) + "×";

    private static string Matches(Row row) => row.App.Count == 0 ? "–"
        : row.Results.Total.ToString("N0", CultureInfo.InvariantCulture) + (row.Results.IsCapped ? "+" : "");

    /// <summary>The other searches' table (no targets): app and psql p50/p95 (their plans would be most of the file; <see cref="SearchStatement.ToPsql"/> gives any).</summary>
    public static string OtherMarkdown(IReadOnlyList<Row> rows, int iterations, int warmup)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Other searches the page takes, with no latency target: {iterations} timed runs each through the app's search after {warmup} untimed, then as many of the same statement in psql (with the filters' ids the app looked up). Milliseconds; a run that hits the 5 s statement timeout counts at the time it took.")
            .AppendLine()
            .AppendLine("| search | request | matches | app p50 | app p95 | psql p50 | psql p95 | timeouts app / psql |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Case.Type} | `{row.Case.Url}` | {Matches(row)} | {Ms(row.App.P50)} | {Ms(row.App.P95)} | {Ms(row.Psql.Latencies.P50)} | {Ms(row.Psql.Latencies.P95)} | {row.AppTimeouts} / {row.Psql.Timeouts} |"));
        }

        return text.AppendLine().ToString();
    }

    public static string Markdown(IReadOnlyList<Row> rows, int iterations, int warmup, int rounds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Each query type: {iterations} timed runs through the app's search (`CatalogSearch.SearchAsync`: read-only transaction, settings, the statement, JSON parsed into `SearchResults`, pooled DbContext) and as many of the same statement in `psql` (`PREPARE` + `EXECUTE` under `\\timing`), in {rounds} rounds: the query types take turns, and in each turn a type runs in the app, then in psql, after {warmup} untimed runs in its first turn and 1 in each later one. A slow stretch of this shared machine so costs every type a few runs rather than one type's consecutive runs. Milliseconds. Targets: app p95 < {TargetP95Milliseconds} ms and app p95 ≤ {TargetRatio}× psql p95. A run that hits the app's 5 s statement timeout counts at the time it took (a lower bound); a query type stops after 3 app timeouts, and psql then gets as many runs.")
            .AppendLine()
            .AppendLine("| query type | search | matches | app p50 | app p95 | psql p50 | psql p95 | ratio p50 | ratio p95 | timed runs | timeouts app / psql | targets met | load (1/5/15 min) before → after |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(TableRow(row));
        }

        text.AppendLine().AppendLine("## The statement").AppendLine()
            .AppendLine("The first query type's statement as psql ran it, with its settings (`SearchSql.Settings`, `SearchSql.Query`). Every query type with words sorts by relevance and runs this statement under one shared plan (`force_generic_plan`); the year + words type runs its year-filtered twin (the year conditions are plain ranges there), and the year filter type, which browses, the one planned for each search's values (`force_custom_plan`). Each plan below shows which one ran.").AppendLine()
            .AppendLine("```sql").AppendLine(SearchStatement.For(rows[0].Case.Request()).ToPsql().TrimEnd()).AppendLine("```").AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## Plan: {row.Case.Type} (`{row.Case.Url}`)").AppendLine()
                .AppendLine("```").AppendLine(row.Psql.Execute).AppendLine().AppendLine(row.Psql.Plan).AppendLine("```").AppendLine();
        }

        return text.ToString();
    }
}
