using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Text;
using LlmReadingList.Web.Pages.Shared;

namespace LlmReadingList.Web.Pages.Papers;

public sealed record PaperDetails(
    long Id,
    string Slug,
    string Title,
    int? Year,
    string? ArxivId,
    IReadOnlyList<AlternativeTitle> Titles,
    IReadOnlyList<Credit> Credits,
    IReadOnlyList<PaperLinkRow> Links,
    IReadOnlyList<SummaryRow> Summaries,
    IReadOnlyList<ListAppearance> Lists,
    IReadOnlyList<TagRow> Tags)
{
    public IReadOnlyList<PaperCard> Related { get; init; } = [];

    public IReadOnlyList<Credit> People => Credits.Where(c => c.Kind == AuthorKind.Person).ToList();

    public IReadOnlyList<Credit> Organisations => Credits.Where(c => c.Kind == AuthorKind.Organization).ToList();

    public IReadOnlyList<string> Languages =>
        PaperLanguages.Of(Summaries.Select(s => s.Language), Titles.Select(t => t.Language));

    /// <summary>The PDF to cite: a stored PDF link, else arXiv's.</summary>
    public string? PdfUrl =>
        Links.FirstOrDefault(l => l.Kind == LinkKind.Pdf)?.Url ?? (ArxivId is { } id ? Catalog.Text.ArxivId.PdfUrl(id) : null);

    public string? AbstractUrl =>
        Links.FirstOrDefault(l => l.Kind == LinkKind.Abstract)?.Url ?? (ArxivId is { } id ? Catalog.Text.ArxivId.AbstractUrl(id) : null);

    /// <summary>Links as the page lists them: arXiv's abstract and PDF first (derived from the id when not stored).</summary>
    public IReadOnlyList<PaperLinkRow> DisplayLinks
    {
        get
        {
            var links = new List<PaperLinkRow>();
            if (AbstractUrl is { } abstractUrl)
            {
                links.Add(new PaperLinkRow(abstractUrl, LinkKind.Abstract));
            }

            if (PdfUrl is { } pdfUrl)
            {
                links.Add(new PaperLinkRow(pdfUrl, LinkKind.Pdf));
            }

            links.AddRange(Links.Where(l => links.All(known => known.Url != l.Url)).OrderBy(l => l.Kind));
            return links;
        }
    }
}

public sealed record PaperLinkRow(string Url, LinkKind Kind)
{
    public string Label => Kind switch
    {
        LinkKind.Abstract => Url.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase) ? "arXiv abstract" : "Abstract",
        LinkKind.Pdf => "PDF",
        LinkKind.Code => "Code",
        LinkKind.Blog => "Blog post",
        LinkKind.Project => "Project page",
        _ => "Link",
    };

    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : Url;
}

/// <summary>One article's summary of the paper, labelled with the article.</summary>
public sealed record SummaryRow(
    long Id,
    string? Heading,
    string BodyMarkdown,
    string Language,
    string? CreditLine,
    string SourceTitle,
    string? SourceUrl,
    string SourceLanguage,
    string? ListSlug);

/// <summary>A reading list the paper is in, and where.</summary>
public sealed record ListAppearance(string Slug, string Title, string? Language, int Position, string? Section);

public sealed record TagRow(string Slug, string Name);
