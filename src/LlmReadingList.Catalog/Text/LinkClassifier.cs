using System.Text.RegularExpressions;

namespace LlmReadingList.Catalog.Text;

/// <summary>A URL found in text: the URL as it should be stored, and where it was (the span excludes trimmed punctuation).</summary>
public readonly record struct UrlMatch(string Url, int Index, int Length);

/// <summary>Tells what kind of page a link points to, and finds links in free text.</summary>
public static partial class LinkClassifier
{
    public static LinkKind Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !TryGetUri(url.Trim(), out var uri))
            return LinkKind.Other;

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        var path = uri.AbsolutePath.ToLowerInvariant();

        if (host == "arxiv.org" || host.EndsWith(".arxiv.org", StringComparison.Ordinal))
            return path.StartsWith("/pdf/", StringComparison.Ordinal) ? LinkKind.Pdf
                : ArxivId.TryParse(url, out _) ? LinkKind.Abstract
                : LinkKind.Other;

        if (host is "github.com" or "gitlab.com")
            return LinkKind.Code;
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
            return LinkKind.Pdf;
        if (host.EndsWith(".github.io", StringComparison.Ordinal))
            return LinkKind.Project;
        if (IsBlog(host, path))
            return LinkKind.Blog;
        if (IsAbstractPage(host, path))
            return LinkKind.Abstract;
        return LinkKind.Other;
    }

    /// <summary>
    /// URLs in a line of text, in order. Copes with URLs glued to surrounding text ("Paper:https://…",
    /// "https://arxiv.org/abs/2105.14103- **AFT…") and with trailing sentence punctuation, ASCII or Chinese.
    /// </summary>
    public static IReadOnlyList<UrlMatch> FindUrls(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];

        var found = new List<UrlMatch>();
        foreach (Match match in UrlCandidate().Matches(text))
        {
            var length = TrimmedLength(match.Value);
            if (length > "https://".Length)
                found.Add(new UrlMatch(match.Value[..length], match.Index, length));
        }
        return found;
    }

    public static IReadOnlyList<string> ExtractUrls(string? text) => [.. FindUrls(text).Select(m => m.Url)];

    private static bool TryGetUri(string url, out Uri uri)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out uri!) && uri.Scheme is "http" or "https")
            return true;
        return Uri.TryCreate("https://" + url, UriKind.Absolute, out uri!) && uri.Host.Contains('.', StringComparison.Ordinal);
    }

    private static bool IsBlog(string host, string path) =>
        path.Contains("/blog/", StringComparison.Ordinal)
        || path == "/blog"
        || host.StartsWith("blog.", StringComparison.Ordinal)
        || host is "lesswrong.com" or "medium.com" or "substack.com"
        || host.EndsWith(".medium.com", StringComparison.Ordinal)
        || host.EndsWith(".substack.com", StringComparison.Ordinal);

    private static bool IsAbstractPage(string host, string path) =>
        host is "doi.org" or "dx.doi.org"
        || host == "nature.com" && path.StartsWith("/articles/", StringComparison.Ordinal)
        || host == "semanticscholar.org" && path.StartsWith("/paper/", StringComparison.Ordinal)
        || host == "aclanthology.org"
        || host == "openreview.net" && path.StartsWith("/forum", StringComparison.Ordinal);

    // Sentence punctuation and markup glued to the end of a URL belong to the text, not the URL; a closing
    // bracket stays only when the URL opened it (e.g. Wikipedia titles).
    private static int TrimmedLength(string url)
    {
        var end = url.Length;
        var unclosedParens = url.AsSpan().Count('(') - url.AsSpan().Count(')');
        var unclosedBrackets = url.AsSpan().Count('[') - url.AsSpan().Count(']');
        while (end > 0)
        {
            var c = url[end - 1];
            if (".,;:!?'\"-*_~`".Contains(c, StringComparison.Ordinal))
            {
                end--;
            }
            else if (c == ')' && unclosedParens < 0)
            {
                end--;
                unclosedParens++;
            }
            else if (c == ']' && unclosedBrackets < 0)
            {
                end--;
                unclosedBrackets++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    [GeneratedRegex(@"https?://[^\s<>""'`“”‘’「」『』《》（）【】，。、；：！？…\u3000]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlCandidate();
}
