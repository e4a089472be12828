using LlmReadingList.Drills.Hostile;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Drills;

/// <summary>CI version of the fuzz drill: 10,000 mutated seed articles through decode, parse and the importer's checks.</summary>
public sealed class ParserFuzzTests
{
    [Fact]
    public async Task Ten_thousand_mutated_articles_are_each_accepted_or_rejected_with_a_message_and_none_throws()
    {
        var seeds = await SeedArticles.LoadAsync(SeedFiles.Folder);

        var outcome = ParserFuzzer.Run(seeds, inputs: 10_000, randomSeed: 8);

        Assert.Empty(outcome.Failures);
        Assert.Equal(10_000, outcome.Accepted + outcome.Rejected);
        Assert.All(outcome.PerKind, kind => Assert.True(kind.Value > 0, $"no {kind.Key} mutation was tried"));
        // every mutation kind leaves some articles readable and breaks others: the fuzzer is reaching both paths
        Assert.InRange(outcome.Accepted, 1, 9_999);
    }
}
