using LlmReadingList.Drills.Drills;

// bench/drills.sh builds the app and this program, then runs: dotnet LlmReadingList.Drills.dll <drill> [--duration 10m] [--repo PATH] …
string[] drills = ["load", "outage", "crash-import", "fuzz", "xss", "sqli"];
if (args.Length == 0 || !drills.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: LlmReadingList.Drills <{string.Join('|', drills)}> [--duration 10m] [--connections 64] [--repo PATH]");
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
Console.Error.WriteLine($"{args[0]}: {(passed ? "PASS" : "FAIL")} (appended to {context.Paths.Results})");
return passed ? 0 : 1;
