using LlmReadingList.Catalog;
using ArxivIds = LlmReadingList.Catalog.Text.ArxivId;

namespace LlmReadingList.Web.Exports;

/// <summary>What every citation format is written from: one paper, as the catalog knows it.</summary>
public sealed record CitationRecord(
    long Id,
    string Slug,
    string Title,
    IReadOnlyList<string> AlternativeTitles,
    int? Year,
    string? ArxivId,
    IReadOnlyList<CitationAuthor> Authors,
    IReadOnlyList<CitationLink> Links,
    string CatalogUrl,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Lists)
{
    private static readonly LinkKind[] PreferredLinks = [LinkKind.Abstract, LinkKind.Pdf, LinkKind.Project, LinkKind.Blog, LinkKind.Other, LinkKind.Code];

    public CitationKind Kind =>
        ArxivId is not null ? CitationKind.ArxivPreprint
        : Links.Any(l => l.Kind is LinkKind.Abstract or LinkKind.Pdf) ? CitationKind.Paper
        : CitationKind.WebPage;

    /// <summary>Where a reader finds the paper itself: its arXiv abstract, else its best link, else its catalog page.</summary>
    public string Url =>
        ArxivId is not null ? ArxivIds.AbstractUrl(ArxivId)
        : PreferredLinks.Select(kind => Links.FirstOrDefault(l => l.Kind == kind)?.Url).FirstOrDefault(url => url is not null)
        ?? CatalogUrl;

    /// <summary>arXiv registers a DataCite DOI for every paper it hosts.</summary>
    public string? Doi => ArxivId is null ? null : $"10.48550/arXiv.{ArxivId}";
}

public sealed record CitationAuthor(string Name, AuthorKind Kind)
{
    public PersonName Parts => PersonName.Parse(Name);
}

public sealed record CitationLink(LinkKind Kind, string Url);

public enum CitationKind
{
    /// <summary>On arXiv: cited as a preprint with its eprint id.</summary>
    ArxivPreprint,

    /// <summary>A paper with an abstract or PDF link elsewhere.</summary>
    Paper,

    /// <summary>Known only by a blog post, project page or other link.</summary>
    WebPage,
}
