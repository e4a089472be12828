using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LlmReadingList.Drills.Hostile;

/// <summary>
/// Finds what a browser would execute in a page: script elements that are not the site's own files, event-handler
/// attributes, script-bearing URLs (javascript:, vbscript:, data:text/html), and elements that load or redirect to
/// other content (iframe, object, embed, base, meta refresh). Parsed the way a browser parses, with AngleSharp.
/// </summary>
public static class InertHtml
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster", "srcdoc", "srcset"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base"];

    public static IReadOnlyList<string> Findings(string html)
    {
        var document = Parser.ParseDocument(html);
        var findings = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && !IsOwnScript(element))
            {
                findings.Add($"<script> {Snippet(element.OuterHtml)}");
            }

            if (ForbiddenElements.Contains(name))
            {
                findings.Add($"<{name}> {Snippet(element.OuterHtml)}");
            }

            if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add($"meta refresh {Snippet(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    findings.Add($"handler {attributeName} on <{name}>: {Snippet(attribute.Value)}");
                }
                else if (UrlAttributes.Contains(attributeName) && IsScriptUrl(attribute.Value))
                {
                    findings.Add($"{attributeName}=\"{Snippet(attribute.Value)}\" on <{name}>");
                }
                else if (attributeName == "style" && (attribute.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    findings.Add($"style=\"{Snippet(attribute.Value)}\" on <{name}>");
                }
            }
        }

        return findings;
    }

    /// <summary>Whether a URL, as a browser reads it (entities decoded by the parser; tabs, newlines and leading blanks dropped), runs script.</summary>
    public static bool IsScriptUrl(string value)
    {
        var normalized = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart(' ', '\f', '\0').ToLowerInvariant();
        return normalized.StartsWith("javascript:", StringComparison.Ordinal)
            || normalized.StartsWith("vbscript:", StringComparison.Ordinal)
            || normalized.StartsWith("data:text/html", StringComparison.Ordinal)
            || normalized.StartsWith("data:image/svg", StringComparison.Ordinal);
    }

    // The site's own scripts are files it serves from its root; anything inline or from elsewhere is not ours.
    private static bool IsOwnScript(IElement script)
    {
        var src = script.GetAttribute("src");
        var type = script.GetAttribute("type");
        if (type is "application/ld+json" or "application/json")
        {
            return !script.TextContent.Contains("</", StringComparison.Ordinal);
        }

        return src is not null && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && script.TextContent.Trim().Length == 0;
    }

    private static string Snippet(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
