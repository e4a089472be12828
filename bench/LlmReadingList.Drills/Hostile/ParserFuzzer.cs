using System.Diagnostics;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Drills.Hostile;

/// <summary>One seed article and the parser that reads it.</summary>
public sealed record SeedArticle(string ParserName, byte[] Bytes);

public sealed record FuzzOutcome(
    int Inputs,
    int Accepted,
    int Rejected,
    IReadOnlyDictionary<string, int> PerKind,
    IReadOnlyList<string> Failures,
    TimeSpan Elapsed,
    TimeSpan Slowest,
    string SlowestKind);

/// <summary>
/// Feeds mutated articles through the same path an import takes before the database (decode, parse, sanity checks):
/// every input must come back accepted or rejected with a message, never as an exception.
/// </summary>
public static class ParserFuzzer
{
    public static FuzzOutcome Run(IReadOnlyList<SeedArticle> seeds, int inputs, int randomSeed)
    {
        var random = new Random(randomSeed);
        var seedBytes = seeds.Select(s => s.Bytes).ToList();
        var perKind = ArticleMutator.Kinds.ToDictionary(k => k, _ => 0);
        var failures = new List<string>();
        var (accepted, rejected) = (0, 0);
        var slowest = (Time: TimeSpan.Zero, Kind: string.Empty);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var kind = ArticleMutator.Kinds[random.Next(ArticleMutator.Kinds.Count)];
            var bytes = ArticleMutator.Apply(kind, seed.Bytes, seedBytes, random);
            // mostly the parser the seed was written for, sometimes a wrong one: both must hold
            var parser = random.Next(4) == 0
                ? ArticleParsers.All[random.Next(ArticleParsers.All.Count)]
                : ArticleParsers.Find(seed.ParserName)!;
            perKind[kind]++;
            var watch = Stopwatch.StartNew();
            try
            {
                var read = ArticleReader.Read(bytes, parser);
                if (read.Article is not null)
                {
                    accepted++;
                }
                else if (string.IsNullOrWhiteSpace(read.Problem))
                {
                    failures.Add($"#{i} {kind} via {parser.Name}: rejected without a message");
                }
                else
                {
                    rejected++;
                }
            }
#pragma warning disable CA1031 // the point of a fuzzer: any exception at all is a finding
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"#{i} {kind} via {parser.Name}: {exception.GetType().Name}: {exception.Message}");
            }

            if (watch.Elapsed > slowest.Time)
            {
                slowest = (watch.Elapsed, kind);
            }
        }

        return new FuzzOutcome(inputs, accepted, rejected, perKind, failures, total.Elapsed, slowest.Time, slowest.Kind);
    }
}
