using System.Globalization;
using System.Text.Json;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Hostile;

namespace LlmReadingList.Drills.Drills;

/// <summary>fuzz: mutated seed articles through decode + parse (pure), then a sample through the real importer's dry run.</summary>
public static class FuzzDrill
{
    public static async Task<bool> RunAsync(DrillContext context)
    {
        var inputs = context.Number("inputs", 10_000);
        var seed = context.Number("seed", 20261207);
        var seeds = await SeedArticles.LoadAsync(context.Paths.Seed);
        var outcome = ParserFuzzer.Run(seeds, inputs, seed);
        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{outcome.Inputs:N0} inputs (random seed {seed}) from the {seeds.Count} seed articles in {outcome.Elapsed.TotalSeconds:F1} s: {outcome.Accepted:N0} accepted, {outcome.Rejected:N0} rejected with a message"),
            "mutations: " + string.Join(", ", outcome.PerKind.Select(p => $"{p.Key} {p.Value:N0}")),
            string.Create(CultureInfo.InvariantCulture, $"slowest input: {outcome.Slowest.TotalMilliseconds:F0} ms ({outcome.SlowestKind})"),
            $"unhandled exceptions or silent rejections: {outcome.Failures.Count}" + (outcome.Failures.Count > 0 ? " — " + string.Join("; ", outcome.Failures.Take(5)) : string.Empty),
        };
        var (sampleFigure, samplePassed) = await DryRunSampleAsync(context, seeds, seed);
        figures.Add(sampleFigure);
        var passed = outcome.Failures.Count == 0 && samplePassed;
        Console.Error.WriteLine(string.Join('\n', figures));
        await ResultsFile.AppendAsync(context.Paths, context.Drill, context.Command, passed, figures);
        return passed;
    }

    /// <summary>A few mutants written as files with a sources.json, through <c>import --dry-run</c>: exit 0 or 1, each rejection named, no crash.</summary>
    private static async Task<(string Figure, bool Passed)> DryRunSampleAsync(DrillContext context, IReadOnlyList<SeedArticle> seeds, int seed)
    {
        const int Sample = 40;
        var connectionString = await context.FreshDatabaseAsync();
        var folder = context.Paths.Work(context.Drill);
        var random = new Random(seed);
        var sources = new List<object>();
        for (var i = 0; i < Sample; i++)
        {
            var origin = seeds[random.Next(seeds.Count)];
            var kind = ArticleMutator.Kinds[random.Next(ArticleMutator.Kinds.Count)];
            var file = string.Create(CultureInfo.InvariantCulture, $"mutant-{i:D2}-{kind}.txt");
            await File.WriteAllBytesAsync(Path.Combine(folder, file), ArticleMutator.Apply(kind, origin.Bytes, [.. seeds.Select(s => s.Bytes)], random));
            sources.Add(new { key = $"mutant-{i:D2}", file, title = file, language = "en", parser = origin.ParserName });
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), JsonSerializer.Serialize(new { sources }));
        await using var import = AppProcess.StartVerb(context.Paths, AppProcess.Environment(context.Paths, connectionString), context.Drill + "-dry-run", "import", "--dry-run", folder);
        var exit = await import.WaitAsync(TimeSpan.FromMinutes(5));
        var output = await File.ReadAllTextAsync(context.Paths.Log(context.Drill + "-dry-run"));
        var rejected = output.Split('\n').Count(l => l.Contains("REJECTED", StringComparison.Ordinal));
        var messages = output.Split('\n').Count(l => l.TrimStart().StartsWith("rejected: ", StringComparison.Ordinal));
        var crashed = output.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase) || output.Contains("   at ", StringComparison.Ordinal);
        var passed = exit is 0 or 1 && !crashed && messages >= rejected;
        return (string.Create(CultureInfo.InvariantCulture,
            $"importer dry run over {Sample} mutant files: exit {exit}, {rejected} rejected with {messages} messages, {Sample - rejected} would import, {(crashed ? "a STACK TRACE in the output" : "no stack trace")}"), passed);
    }
}
