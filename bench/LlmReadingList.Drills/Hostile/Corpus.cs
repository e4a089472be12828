using System.Reflection;

namespace LlmReadingList.Drills.Hostile;

/// <summary>The hostile strings, one per line in <c>Corpus/*.txt</c> (embedded, so the tests use the same lines).</summary>
public static class Corpus
{
    public static IReadOnlyList<string> XssPayloads { get; } = Load("xss.txt");

    public static IReadOnlyList<string> SqlInjections { get; } = Load("sqli.txt");

    private static List<string> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"LlmReadingList.Drills.Corpus.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
    }
}
