using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LlmReadingList.Catalog.Text;

/// <summary>Reads arXiv identifiers out of the many ways articles write them, and builds arXiv URLs.</summary>
public static partial class ArxivId
{
    /// <summary>
    /// Accepts an arXiv URL (abs, pdf or html; any arxiv.org host; with or without scheme; with a version,
    /// ".pdf" or trailing punctuation) or a bare id (new style "1706.03762", old style "hep-th/9901001").
    /// <paramref name="id"/> is the id without version.
    /// </summary>
    public static bool TryParse(string? urlOrId, [NotNullWhen(true)] out string? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(urlOrId) || urlOrId.Length > 2048)
            return false;

        var text = urlOrId.Trim();
        var match = BareId().Match(text);
        if (!match.Success)
        {
            var path = ArxivPathOf(text);
            if (path is null)
                return false;
            match = ArxivPath().Match(path);
        }

        if (!match.Success || !HasValidMonth(match.Groups["id"].Value))
            return false;

        id = match.Groups["id"].Value;
        return true;
    }

    /// <summary>Year the paper was first submitted, read from the id ("1706.03762" → 2017, "hep-th/9901001" → 1999).</summary>
    public static int YearOf(string id)
    {
        if (!TryParse(id, out var parsed))
            throw new FormatException($"Not an arXiv id: '{id}'.");

        var slash = parsed.IndexOf('/', StringComparison.Ordinal);
        var yy = int.Parse(parsed.AsSpan(slash + 1, 2), CultureInfo.InvariantCulture);
        if (slash >= 0)
            return yy >= 91 ? 1900 + yy : 2000 + yy; // old-style ids ran from 1991 to March 2007
        return 2000 + yy;
    }

    public static string AbstractUrl(string id) => $"https://arxiv.org/abs/{id}";

    public static string PdfUrl(string id) => $"https://arxiv.org/pdf/{id}";

    // The path of an arxiv.org URL ("/abs/..."), or null when the text is not one.
    private static string? ArxivPathOf(string text)
    {
        if (text.StartsWith("/abs/", StringComparison.OrdinalIgnoreCase) || text.StartsWith("/pdf/", StringComparison.OrdinalIgnoreCase))
            return text;

        var withoutScheme = SchemePrefix().Replace(text, "");
        var slash = withoutScheme.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return null;

        var host = withoutScheme[..slash];
        var isArxivHost = host.Equals("arxiv.org", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".arxiv.org", StringComparison.OrdinalIgnoreCase);
        return isArxivHost ? withoutScheme[slash..] : null;
    }

    private static bool HasValidMonth(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        var month = int.Parse(id.AsSpan(slash + 3, 2), CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(
        @"^/(?:abs|pdf|html|format)/(?<id>\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?(?![\d/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPath();

    [GeneratedRegex(
        @"^(?:arxiv:\s*)?(?<id>\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?[.,;:)\-]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareId();
}
