namespace LlmReadingList.Web.Exports;

/// <summary>
/// A person's name split the way citation formats want it: given names and a family name. The catalog stores names
/// as written ("Ashish Vaswani"), so the last word is the family name, with any lower-case particles before it
/// ("Ludwig van Beethoven" → "van Beethoven"). A one-word name has only a family part.
/// </summary>
public sealed record PersonName(string? Given, string Family)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "dos", "das", "bin", "al",
    };

    public static PersonName Parse(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length <= 1)
        {
            return new PersonName(null, name.Trim());
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }

        return new PersonName(string.Join(' ', words[..familyStart]), string.Join(' ', words[familyStart..]));
    }
}
