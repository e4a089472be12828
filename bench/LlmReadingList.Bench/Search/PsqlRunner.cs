using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Bench.Search;

/// <summary>
/// Runs the app's statement for a request in psql (<see cref="SearchStatement.ToPsql"/>: same settings, same SQL, the
/// values as literals), timed by psql's <c>\timing</c>, then once under EXPLAIN (ANALYZE, BUFFERS).
/// </summary>
internal sealed partial class PsqlRunner(IReadOnlyList<string> psqlArguments)
{
    public sealed record Result(Latencies Latencies, string Plan, string Execute);

    public async Task<Result> RunAsync(SearchStatement statement, int warmup, int iterations, CancellationToken cancellationToken)
    {
        var lines = statement.ToPsql().Split('\n');
        var execute = lines.Single(line => line.StartsWith("EXECUTE ", StringComparison.Ordinal));
        var prefix = string.Join('\n', lines.TakeWhile(line => line != execute));
        var script = new StringBuilder();
        script.AppendLine("\\o /dev/null").AppendLine(prefix).AppendLine("\\timing on");
        for (var i = 0; i < warmup + iterations; i++)
        {
            script.AppendLine(execute);
        }

        script.AppendLine("\\timing off").AppendLine("\\o").AppendLine("\\pset format unaligned").AppendLine("\\pset tuples_only on")
            .Append("EXPLAIN (ANALYZE, BUFFERS) ").AppendLine(execute).AppendLine("COMMIT;");

        var output = await RunPsqlAsync(script.ToString(), cancellationToken);
        var times = TimingLine().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (times.Count != warmup + iterations)
        {
            throw new InvalidOperationException($"psql reported {times.Count} timings, expected {warmup + iterations}:\n{output}");
        }

        var plan = string.Join('\n', output.Split('\n').Where(line => !TimingLine().IsMatch(line) && !line.StartsWith("Output format", StringComparison.Ordinal)
            && !line.StartsWith("Tuples only", StringComparison.Ordinal) && !line.StartsWith("Timing is", StringComparison.Ordinal))).Trim();
        return new Result(new Latencies(times.Skip(warmup)), plan, execute);
    }

    private async Task<string> RunPsqlAsync(string script, CancellationToken cancellationToken)
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

        return await stdout;
    }

    [GeneratedRegex(@"^Time: ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex TimingLine();
}
