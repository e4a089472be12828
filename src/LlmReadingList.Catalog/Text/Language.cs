using System.Text;

namespace LlmReadingList.Catalog.Text;

/// <summary>Tells Chinese text from English text.</summary>
public static class Language
{
    public const string English = "en";
    public const string Chinese = "zh";

    // Chinese text routinely embeds long English names ("替代Transformer", "Llama2剪枝(LLM-Shearing)"), and one
    // ideograph carries about as much as a few Latin letters, so ideographs are weighted before comparing.
    private const int IdeographWeight = 3;
    private const double ChineseShare = 0.25;

    /// <summary>"zh" when CJK ideographs make up a meaningful share of the letters in <paramref name="text"/>, else "en".</summary>
    public static string Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return English;

        long ideographs = 0, otherLetters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIdeograph(rune.Value))
                ideographs++;
            else if (Rune.IsLetter(rune))
                otherLetters++;
        }
        if (ideographs == 0)
            return English;

        var weighted = ideographs * IdeographWeight;
        return weighted >= ChineseShare * (weighted + otherLetters) ? Chinese : English;
    }

    private static bool IsIdeograph(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF            // Extension A
            or >= 0xF900 and <= 0xFAFF            // Compatibility Ideographs
            or >= 0x20000 and <= 0x3134F;         // Extensions B–G
}
