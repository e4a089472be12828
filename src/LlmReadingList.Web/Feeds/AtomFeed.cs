namespace LlmReadingList.Web.Feeds;

/// <summary>An Atom feed as the writer takes it: ids are URIs, links absolute.</summary>
public sealed record AtomFeed(
    string Id,
    string Title,
    string? Subtitle,
    DateTimeOffset Updated,
    Uri Self,
    Uri Alternate,
    IReadOnlyList<AtomEntry> Entries);

public sealed record AtomEntry(
    string Id,
    string Title,
    DateTimeOffset Updated,
    DateTimeOffset? Published,
    Uri Alternate,
    IReadOnlyList<string> Authors,
    IReadOnlyList<AtomCategory> Categories,
    string? Summary);

public sealed record AtomCategory(string Term, string Label);
