using System.Text;
using System.Text.RegularExpressions;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Reads the people and organisations named in a credit line ("*author:" / "*source:" values), e.g.
/// "Anthropic founder Dario Amodei and OpenAI researchers" → person Dario Amodei, organisation OpenAI.
/// Names come back with the curated aliases resolved, a leading "the" removed, in order, without duplicates.
/// </summary>
public sealed partial class CreditLineParser
{
    private const int MaxLineLength = 2000;

    private readonly List<(Regex Pattern, string Canonical)> _phraseAliases = [];
    private readonly Dictionary<string, string> _nameAliases = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="aliases">Curated aliases, e.g. ("UCL", "University College London"), ("GenAI, Meta", "Meta GenAI").</param>
    public CreditLineParser(IReadOnlyList<(string Name, string Canonical)> aliases)
    {
        foreach (var (name, canonical) in aliases)
        {
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(canonical))
                continue;
            // An alias that spans a separator could never match a single part, so it is applied to the whole line.
            if (Separator().IsMatch(name))
                _phraseAliases.Add((PhrasePattern(name.Trim()), canonical.Trim()));
            else
                _nameAliases[name.Trim()] = canonical.Trim();
        }
    }

    /// <summary>The credits in <paramref name="creditLine"/>; empty for an empty or odd line, or one too long to be a credit line.</summary>
    public IReadOnlyList<ParsedCredit> Parse(string? creditLine)
    {
        if (string.IsNullOrWhiteSpace(creditLine) || creditLine.Length > MaxLineLength)
            return [];

        var line = creditLine.Trim();
        foreach (var (pattern, canonical) in _phraseAliases)
            line = pattern.Replace(line, canonical);
        line = Parenthetical().Replace(line, " ");
        line = UnclosedParenthetical().Replace(line, "");
        line = TrailingOthers().Replace(line, "");

        var credits = new List<ParsedCredit>();
        var parts = Separator().Split(line);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0 || Role().IsMatch(part))
                continue;

            var followedByRole = i + 1 < parts.Length && Role().IsMatch(parts[i + 1].Trim());
            var credit = ReadPart(part, followedByRole);
            if (credit is not null && !credits.Exists(c => c.Name.Equals(credit.Name, StringComparison.OrdinalIgnoreCase)))
                credits.Add(credit);
        }
        return credits;
    }

    private ParsedCredit? ReadPart(string part, bool followedByRole)
    {
        var person = RoleThenPerson().Match(part);
        if (person.Success)
            return new ParsedCredit(person.Groups["name"].Value, AuthorKind.Person);

        var name = GroupPrefix().Replace(part, "");
        name = GroupSuffix().Replace(name, "");
        name = LeadingThe().Replace(name, "").Trim();
        if (!name.Any(char.IsLetter))
            return null;
        if (_nameAliases.TryGetValue(name, out var canonical))
            name = canonical;

        // "Guillaume Lample, co-founder of Mistral AI": only a person is described by a role apposition.
        return new ParsedCredit(name, followedByRole ? AuthorKind.Person : AuthorKind.Organization);
    }

    // "GenAI, Meta" also matches "GenAI ,Meta" and "genai,  meta".
    private static Regex PhrasePattern(string phrase)
    {
        var pattern = new StringBuilder(@"(?<!\w)");
        string? previous = null;
        foreach (var token in PhraseToken().Matches(phrase).Select(m => m.Value))
        {
            if (previous is not null)
                pattern.Append(previous == "," || token == "," ? @"\s*" : @"\s+");
            pattern.Append(Regex.Escape(token));
            previous = token;
        }
        return new Regex(pattern.Append(@"(?!\w)").ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"[^\s,]+|,")]
    private static partial Regex PhraseToken();

    [GeneratedRegex(@"[(（].*$")]
    private static partial Regex UnclosedParenthetical();

    [GeneratedRegex(@"\s*(?:[,;，；、]|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"[(（][^()（）]*[)）]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?:[,，]?\s*(?:\band\s+)?(?:etc\b\.?|others\b|other\s+(?:research\s+)?(?:teams?|institutions?|researchers?|organi[sz]ations?|labs?|universities)\b))+\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingOthers();

    [GeneratedRegex(@"^(?:former(?:ly)?\s+)?(?:co-?founder|founder|ceo|cto|chief\s+scientist|head|director|professor|member)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"^(?:.+?\s+)?(?i:co-?founder|founder|ceo|cto|chief\s+scientist|professor|researcher)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenPerson();

    [GeneratedRegex(@"^(?:researchers?|research\s+teams?|teams?|scientists)\s+(?:from|at|of)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupPrefix();

    [GeneratedRegex(@"\s+(?:researchers?|research\s+teams?|scientists)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupSuffix();

    [GeneratedRegex(@"^the(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingThe();
}
