using LlmReadingList.Catalog;

namespace LlmReadingList.Web.Api;

/// <summary>One paper as <c>GET /api/papers/{id}</c> returns it.</summary>
public sealed record PaperResource(
    long Id,
    string Slug,
    string Title,
    int? Year,
    string? ArxivId,
    IReadOnlyList<PaperTitleResource> Titles,
    IReadOnlyList<PaperLinkResource> Links,
    IReadOnlyList<CreditResource> Authors,
    IReadOnlyList<SummaryResource> Summaries,
    IReadOnlyList<TagRef> Tags,
    IReadOnlyList<ListAppearanceResource> Lists,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Url,
    string HtmlUrl);

/// <summary>A title of the paper in one language (the canonical English title is <see cref="PaperResource.Title"/>).</summary>
public sealed record PaperTitleResource(string Title, string Language);

public sealed record PaperLinkResource(string Url, LinkKind Kind);

/// <summary>A person or organisation credited on a paper; <see cref="Position"/> counts from 1 in credit order.</summary>
public sealed record CreditResource(long Id, string Slug, string Name, AuthorKind Kind, int Position, string Url);

/// <summary>One article's summary of the paper, in Markdown, with the article it comes from.</summary>
public sealed record SummaryResource(long Id, string Language, string? Heading, string? CreditLine, string Markdown, SourceResource Source);

/// <summary>An imported article; <see cref="ListId"/> is the reading list that mirrors it, if any.</summary>
public sealed record SourceResource(long Id, string Title, string? Url, string Language, string? Publisher, DateOnly? PublishedOn, long? ListId);

public sealed record TagRef(long Id, string Slug, string Name, string HtmlUrl);

/// <summary>A reading list the paper is in: its number there (from 1) and the section heading it sits under.</summary>
public sealed record ListAppearanceResource(long Id, string Slug, string Title, int Position, string? Section, string Url);

/// <summary>A paper named from elsewhere (a list entry, an author's papers).</summary>
public sealed record PaperRef(long Id, string Slug, string Title, int? Year, string Url, string HtmlUrl);
