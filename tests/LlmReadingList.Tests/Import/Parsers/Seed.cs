using System.Text.Json;

namespace LlmReadingList.Tests.Import.Parsers;

/// <summary>The seed articles and sources.json, as copied to the test output folder.</summary>
internal static class Seed
{
    public const string EugeneYan = "000-eugene-yan-llm-reading-list-repost.en.txt";
    public const string AinlperRoundup = "001-ainlper-2023-10-paper-roundup.zh.txt";
    public const string UnderstandingLlms = "002-understanding-llms-reading-list.zh.txt";
    public const string PersonalSpace = "003-personal-learning-space.en.txt";
    public const string MmstAbstract = "004-mmst-abstract-with-translation.txt";

    public static string Path(string file) => System.IO.Path.Combine(Infrastructure.SeedFiles.Folder, file);

    public static string Read(string file) => File.ReadAllText(Path(file));

    public static string[] Lines(string file) => File.ReadAllLines(Path(file));

    public static IReadOnlyList<(string Name, string Canonical)> AuthorAliases()
    {
        using var json = JsonDocument.Parse(Read("sources.json"));
        return [.. json.RootElement.GetProperty("curatorMetadata").GetProperty("authorAliases").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("canonical").GetString()!))];
    }

    /// <summary>(file, parser) pairs as sources.json lists them.</summary>
    public static IReadOnlyList<(string File, string Parser)> Sources()
    {
        using var json = JsonDocument.Parse(Read("sources.json"));
        return [.. json.RootElement.GetProperty("sources").EnumerateArray()
            .Select(s => (s.GetProperty("file").GetString()!, s.GetProperty("parser").GetString()!))];
    }
}
