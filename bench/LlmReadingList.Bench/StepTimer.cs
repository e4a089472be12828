using System.Globalization;

namespace LlmReadingList.Bench;

/// <summary>Times steps and prints each as a Markdown table row: step, seconds, rows, rows per second.</summary>
internal sealed class StepTimer
{
    private readonly TextWriter _output;

    public StepTimer(TextWriter output)
    {
        _output = output;
        _output.WriteLine("| step | seconds | rows | rows/s |");
        _output.WriteLine("|---|---:|---:|---:|");
    }

    public async Task RunAsync(string step, Func<Task<long>> action)
    {
        var started = TimeProvider.System.GetTimestamp();
        var rows = await action();
        Report(step, TimeProvider.System.GetElapsedTime(started), rows == 0 ? null : rows);
    }

    public void Report(string step, TimeSpan elapsed, long? rows)
    {
        var perSecond = rows is { } n && elapsed.TotalSeconds > 0 ? (n / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "";
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {elapsed.TotalSeconds:F1} | {rows:N0} | {perSecond} |"));
        _output.Flush();
    }
}
