using LlmReadingList.Drills.Drills;

namespace LlmReadingList.Drills;

/// <summary>bench/drills.sh builds the app and this program, then runs: dotnet LlmReadingList.Drills.dll &lt;drill&gt; [--duration 10m] [--repo PATH] …</summary>
// Not top-level statements: their generated Program would clash with the web app's in the test project, which references both.
public static class DrillsProgram
{
    private static readonly string[] Drills = ["load", "outage", "crash-import", "fuzz", "xss", "sqli"];

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || !Drills.Contains(args[0]))
        {
            await Console.Error.WriteLineAsync($"usage: LlmReadingList.Drills <{string.Join('|', Drills)}> [--duration 10m] [--connections 64] [--repo PATH]");
            return 2;
        }

        var context = new DrillContext(args[0], args[1..]);
        var passed = args[0] switch
        {
            "load" => await LoadDrill.RunAsync(context, outage: false),
            "outage" => await LoadDrill.RunAsync(context, outage: true),
            "crash-import" => await CrashImportDrill.RunAsync(context),
            "fuzz" => await FuzzDrill.RunAsync(context),
            "xss" => await XssDrill.RunAsync(context),
            _ => await SqliDrill.RunAsync(context),
        };

        await context.Cluster.StopFastAsync();
        await Console.Error.WriteLineAsync($"{args[0]}: {(passed ? "PASS" : "FAIL")} (appended to {context.Paths.Results})");
        return passed ? 0 : 1;
    }
}
