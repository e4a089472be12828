using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Api;

/// <summary>A reading list as <c>GET /api/lists</c> names it.</summary>
public sealed record ListSummaryResource(
    long Id,
    string Slug,
    string Title,
    string? Description,
    string? Language,
    int EntryCount,
    SourceResource? Source,
    DateTimeOffset UpdatedAt,
    string Url,
    string HtmlUrl,
    string PapersUrl);

/// <summary>One reading list with every entry in list order; <see cref="Sections"/> are the headings in order.</summary>
public sealed record ListResource(
    long Id,
    string Slug,
    string Title,
    string? Description,
    string? Language,
    int EntryCount,
    SourceResource? Source,
    DateTimeOffset UpdatedAt,
    string Url,
    string HtmlUrl,
    string PapersUrl,
    IReadOnlyList<string> Sections,
    IReadOnlyList<ListEntryResource> Entries);

/// <summary>An entry: its number in the list (from 1), section heading and note. A merged paper is given as the paper it was merged into.</summary>
public sealed record ListEntryResource(int Position, string? Section, string? Note, PaperRef Paper);

public sealed record ListCollection(IReadOnlyList<ListSummaryResource> Items);

public sealed class ListApiQuery(CatalogDbContext db)
{
    public async Task<ListCollection> AllAsync(ApiLinks links, CancellationToken cancellationToken) =>
        new(await Summaries(db.ReadingLists.AsNoTracking().OrderBy(l => l.Id), links).ToListAsync(cancellationToken));

    public async Task<ListResource?> FindAsync(long id, ApiLinks links, CancellationToken cancellationToken)
    {
        var list = await Summaries(db.ReadingLists.AsNoTracking().Where(l => l.Id == id), links).FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }

        var entries = await db.ListEntries.AsNoTracking()
            .Where(e => e.ListId == id)
            .OrderBy(e => e.Position).ThenBy(e => e.Id)
            .Select(e => new { e.Position, e.Section, e.Note, PaperId = e.Paper!.MergedIntoId ?? e.PaperId })
            .ToListAsync(cancellationToken);
        var paperIds = entries.Select(e => e.PaperId).Distinct().ToList();
        var papers = await db.Papers.AsNoTracking()
            .Where(p => paperIds.Contains(p.Id))
            .Select(p => new PaperRef(p.Id, p.Slug, p.Title, p.Year, links.Paper(p.Id), links.PaperPage(p.Slug)))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var sections = entries.Select(e => e.Section).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new ListResource(
            list.Id, list.Slug, list.Title, list.Description, list.Language, list.EntryCount, list.Source, list.UpdatedAt, list.Url, list.HtmlUrl, list.PapersUrl,
            sections,
            entries.Where(e => papers.ContainsKey(e.PaperId)).Select(e => new ListEntryResource(e.Position + 1, e.Section, e.Note, papers[e.PaperId])).ToList());
    }

    // Links are built in the final projection (client side), so filters and order come first.
    private static IQueryable<ListSummaryResource> Summaries(IQueryable<ReadingList> lists, ApiLinks links) =>
        lists.Select(l => new ListSummaryResource(
                l.Id,
                l.Slug,
                l.Title,
                l.Description,
                l.Language,
                l.Entries.Count,
                l.Source == null ? null : new SourceResource(l.Source.Id, l.Source.Title, l.Source.Url, l.Source.Language, l.Source.Publisher, l.Source.PublishedOn, l.Id),
                l.UpdatedAt,
                links.List(l.Id),
                links.ListPage(l.Slug),
                links.PapersWith("list", l.Slug)));
}
