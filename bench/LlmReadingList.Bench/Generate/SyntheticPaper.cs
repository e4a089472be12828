using System.Globalization;
using System.Text;
using LlmReadingList.Catalog.Text;
using static LlmReadingList.Bench.Generate.Vocabulary;

namespace LlmReadingList.Bench.Generate;

internal sealed record SyntheticSummary(long SourceId, string Body, string Language);

/// <summary>
/// One synthetic paper, the same every time for the same id and seed, so each table's COPY pass can rebuild it
/// instead of keeping a million papers in memory.
/// </summary>
internal sealed record SyntheticPaper(
    long Id, string Title, string Slug, int? Year, string? ArxivId, string? ChineseTitle,
    IReadOnlyList<SyntheticSummary> Summaries, IReadOnlyList<long> AuthorIds, IReadOnlyList<long> TagIds)
{
    // Real titles among the synthetic ones, so exact-title and typo queries have a known answer.
    private static readonly string[] KnownTitles =
    [
        "Attention Is All You Need", "Training Compute-Optimal Large Language Models",
        "Language Models are Few-Shot Learners", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
        "LoRA: Low-Rank Adaptation of Large Language Models", "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks",
    ];

    public static SyntheticPaper Create(long id, int seed, CatalogShape shape)
    {
        var random = new Random(Mix(((long)seed << 32) ^ id));
        var title = id <= KnownTitles.Length ? KnownTitles[id - 1] : MakeTitle(random);
        var year = random.Next(100) < 3 ? (int?)null : MakeYear(random);
        // unique while ids stay below 1.2 million: the month and number spell the id
        var arxiv = year >= 2007 && random.Next(100) < 40
            ? string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{1 + id / 100_000 % 12:D2}.{id % 100_000:D5}")
            : null;
        var chineseTitle = random.Next(100) < 20 ? MakeChineseTitle(random) : null;
        var summaries = new List<SyntheticSummary>(2);
        var english = shape.EnglishSources[random.Next(shape.EnglishSources.Count)];
        if (random.Next(100) < 75)
        {
            summaries.Add(new SyntheticSummary(english, EnglishSummary(random, title), "en"));
        }

        if (summaries.Count == 0 || random.Next(100) < 30)
        {
            summaries.Add(new SyntheticSummary(shape.ChineseSources[random.Next(shape.ChineseSources.Count)], ChineseSummary(random), "zh"));
        }

        var authors = new HashSet<long>();
        for (var i = random.Next(1, 7); i > 0; i--)
        {
            authors.Add(random.Next(100) < 10 ? random.Next(1, shape.Organizations + 1) : shape.Organizations + 1 + (long)(shape.People * random.NextDouble() * random.NextDouble()));
        }

        var tags = new HashSet<long>();
        for (var i = random.Next(4); i > 0; i--)
        {
            tags.Add(1 + (long)(shape.Tags * random.NextDouble() * random.NextDouble()));
        }

        var slug = LlmReadingList.Catalog.Text.Slug.From(title, 90) + "-" + id.ToString(CultureInfo.InvariantCulture);
        return new SyntheticPaper(id, title, slug, year, arxiv, chineseTitle, summaries, [.. authors], [.. tags]);
    }

    public string TitleKeyText => TitleKey.For(Title);

    // SplitMix64's finalizer, not HashCode.Combine (seeded per process: runs would differ) nor seed + id (the
    // legacy Random's first draws for neighbouring seeds are correlated).
    private static int Mix(long value)
    {
        var z = unchecked((ulong)value + 0x9E3779B97F4A7C15);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return (int)(z ^ (z >> 31));
    }

    // Most papers are recent: half from 2020 on, few before 2010.
    private static int MakeYear(Random random) => 2026 - (int)(37 * Math.Pow(random.NextDouble(), 2.5));

    private static string MakeTitle(Random random) => random.Next(9) switch
    {
        0 => $"{Pick(random, Adjectives)} {Pick(random, Techniques)} for {Pick(random, Goals)}",
        1 => $"{ModelName(random)}: {Pick(random, Adjectives)} {Pick(random, Subjects)} for {Pick(random, Goals)}",
        2 => $"Towards {Pick(random, Adjectives)} {Pick(random, Goals)} in {Pick(random, Subjects)}",
        3 => $"On the {Pick(random, Goals)} of {Pick(random, Subjects)} Trained with {Pick(random, Techniques)}",
        4 => $"{Pick(random, Techniques)} Improves {Pick(random, Goals)} in {Pick(random, Domains)}",
        5 => $"{ModelName(random)}: {Pick(random, Techniques)} at Scale",
        6 => $"Do {Pick(random, Subjects)} Understand {Pick(random, Goals)}? Evidence from {Pick(random, Domains)}",
        7 => $"{Pick(random, Adjectives)} {Pick(random, Goals)} with {Pick(random, Techniques)} and {Pick(random, Techniques)}",
        _ => $"{Pick(random, Goals)} in {Pick(random, Subjects)}: A Survey of {Pick(random, Techniques)}",
    };

    // A known model name or a made-up one ("Zelvex-7B"), since real catalogs name many models once.
    private static string ModelName(Random random)
    {
        if (random.Next(3) == 0)
        {
            return $"{Pick(random, Models)}-{random.Next(1, 5)}";
        }

        var name = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
        {
            name.Append(PickUniform(random, Syllables));
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return $"{name}-{random.Next(1, 70)}B";
    }

    private static string MakeChineseTitle(Random random) =>
        $"{Pick(random, Chinese)}中的{Pick(random, Chinese)}：基于{Pick(random, Chinese)}的研究";

    private static string EnglishSummary(Random random, string title)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{PickUniform(random, Verbs)} {Pick(random, Techniques).ToLowerInvariant()} for {Pick(random, Goals).ToLowerInvariant()} in {Pick(random, Subjects)}. ");
        text.Append(CultureInfo.InvariantCulture, $"The method {PickUniform(random, Findings)} and {PickUniform(random, Findings)}. ");
        if (random.Next(2) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Compared with {Pick(random, Models)}, *{title}* {PickUniform(random, Findings)} on {Pick(random, Domains).ToLowerInvariant()}. ");
        }

        text.Append(CultureInfo.InvariantCulture, $"Read it for its analysis of {Pick(random, Goals).ToLowerInvariant()} and {Pick(random, Techniques).ToLowerInvariant()}.");
        return text.ToString();
    }

    private static string ChineseSummary(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, PickUniform(random, ChineseTemplates), Pick(random, Chinese), Pick(random, Chinese), Pick(random, Chinese));
        }

        return text.ToString();
    }
}

/// <summary>How many of each supporting record there are; ids are 1..n in each table.</summary>
internal sealed record CatalogShape(int Papers, int People, int Organizations, int Tags, IReadOnlyList<long> EnglishSources, IReadOnlyList<long> ChineseSources, int Lists, int ListLength)
{
    public static CatalogShape For(int papers) => new(
        papers, People: Math.Max(100, papers / 5), Organizations: Vocabulary.Organizations.Length, Tags: Vocabulary.Tags.Length,
        EnglishSources: [1, 2, 3, 4, 5, 6, 7, 8], ChineseSources: [9, 10, 11, 12], Lists: 12, ListLength: Math.Min(2000, papers / 10));
}
