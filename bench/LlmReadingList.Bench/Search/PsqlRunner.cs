using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Bench.Search;

/// <summary>
/// Runs the app's statement for a request in psql, from <see cref="SearchStatement.ToPsql"/>: prepared once, then
/// each run in its own read-only transaction with the app's settings (as the app does), only the EXECUTE timed by
/// psql's <c>\timing</c>; finally once under EXPLAIN (ANALYZE, BUFFERS).
/// </summary>
internal sealed partial class PsqlRunner(IReadOnlyList<string> psqlArguments)
{
    public sealed record Result(Latencies Latencies, int Timeouts, string Plan, string Execute);

    public async Task<Result> RunAsync(SearchStatement statement, int warmup, int iterations, CancellationToken cancellationToken)
    {
        var script = statement.ToPsql();
        var execute = Line(script, "EXECUTE ");
        var prepareStart = script.IndexOf("PREPARE ", StringComparison.Ordinal);
        var prepare = script[prepareStart..script.IndexOf(execute, StringComparison.Ordinal)].Trim();
        var transaction = script[..prepareStart].Trim();

        var text = new StringBuilder();
        text.AppendLine("\\o /dev/null").AppendLine(prepare);
        for (var i = 0; i < warmup + iterations; i++)
        {
            text.AppendLine(transaction).AppendLine("\\timing on").AppendLine(execute).AppendLine("\\timing off").AppendLine("COMMIT;");
        }

        text.AppendLine(transaction).AppendLine("\\o").AppendLine("\\pset format unaligned").AppendLine("\\pset tuples_only on")
            .Append("EXPLAIN (ANALYZE, BUFFERS) ").AppendLine(execute).AppendLine("COMMIT;");

        var (output, errors) = await RunPsqlAsync(text.ToString(), cancellationToken);
        var times = TimingLine().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var timeouts = Regex.Count(errors, "canceling statement due to statement timeout");
        // psql times a statement that failed (here: hit the app's statement timeout) too
        if (times.Count != warmup + iterations)
        {
            throw new InvalidOperationException($"psql reported {times.Count} timings, expected {warmup + iterations}:\n{errors}");
        }

        var plan = string.Join('\n', output.Split('\n').Where(line => !TimingLine().IsMatch(line) && !line.StartsWith("Output format", StringComparison.Ordinal)
            && !line.StartsWith("Tuples only", StringComparison.Ordinal) && !line.StartsWith("Timing is", StringComparison.Ordinal))).Trim();
        if (plan.Length == 0)
        {
            plan = "(EXPLAIN ANALYZE did not finish within the statement timeout)";
        }

        return new Result(new Latencies(times.Skip(warmup)), timeouts, plan, execute);
    }

    private static string Line(string script, string start) =>
        script.Split('\n').Single(line => line.StartsWith(start, StringComparison.Ordinal));

    private async Task<(string Output, string Errors)> RunPsqlAsync(string script, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("psql") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in psqlArguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql failed ({process.ExitCode}): {await stderr}");
        }

        return (await stdout, await stderr);
    }

    [GeneratedRegex(@"^Time: ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex TimingLine();
}
