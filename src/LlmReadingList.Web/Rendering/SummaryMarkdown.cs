using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace LlmReadingList.Web.Rendering;

/// <summary>
/// The only way a summary's Markdown becomes HTML: raw HTML is shown as text, and any link or image whose URL is
/// not http, https or mailto becomes plain text, so a summary can never inject script or markup.
/// </summary>
public static class SummaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    // Summaries sit under the page's h1 (paper), h2 (summaries) and h3 (source): their own headings start below.
    private const int HeadingOffset = 3;

    public static HtmlString ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Parse(markdown);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + HeadingOffset);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }

    /// <summary>The first words of a summary as plain text (for lists and meta descriptions), cut at a word.</summary>
    public static string Excerpt(string? markdown, int maxLength = 280)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var block in Parse(markdown).Descendants<LeafBlock>())
        {
            if (text.Length > maxLength)
            {
                break;
            }

            if (block.Inline is { } inline)
            {
                AppendText(text, inline);
                text.Append(' ');
            }
            else if (block is CodeBlock && block.Lines.Count > 0)
            {
                text.Append(block.Lines.ToString()).Append(' ');
            }
        }

        var plain = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Shorten(plain, maxLength);
    }

    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme is "http" or "https" or "mailto";
    }

    private static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        MakeLinksSafe(document);
        return document;
    }

    private static void MakeLinksSafe(MarkdownDocument document)
    {
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsAllowedUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowedUrl(link.Url))
            {
                Unwrap(link);
                continue;
            }

            if (link.IsImage)
            {
                // Images would load third-party content into the page; a link to them is enough.
                link.IsImage = false;
                if (link.FirstChild is null)
                {
                    link.AppendChild(new LiteralInline(link.Url ?? string.Empty));
                }
            }

            // Titles add nothing a reader needs, and dropping them leaves no attribute text to smuggle markup through.
            link.Title = null;
            link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
        }
    }

    // Keeps a link's text where the link was, without the link.
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static void AppendText(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline child:
                    AppendText(text, child);
                    break;
            }
        }
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..maxLength];
        var space = cut.LastIndexOf(' ');
        // CJK text has no spaces between words: cut anywhere rather than drop most of the excerpt.
        return (space > maxLength * 2 / 3 ? cut[..space] : cut).TrimEnd(' ', ',', '，', '、', ';', '；', ':', '：') + "…";
    }
}
