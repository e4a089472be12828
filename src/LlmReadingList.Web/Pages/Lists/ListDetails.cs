using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using LlmReadingList.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Lists;

public sealed record ListDetails(
    string Slug,
    string Title,
    string? Description,
    string? Language,
    ListSource? Source,
    int EntryCount,
    int Page,
    int PageCount,
    IReadOnlyList<ListSection> Sections,
    IReadOnlyList<ListEntryRow> Entries)
{
    /// <summary>The page's entries under their section headings, in order (entries before any heading have none).</summary>
    public IReadOnlyList<EntryGroup> Groups()
    {
        var groups = new List<EntryGroup>();
        foreach (var entry in Entries)
        {
            if (groups.Count == 0 || groups[^1].Section != entry.Section)
            {
                groups.Add(new EntryGroup(entry.Section, []));
            }

            groups[^1].Entries.Add(entry);
        }

        return groups;
    }
}

public sealed record EntryGroup(ListSection? Section, List<ListEntryRow> Entries);

/// <summary>The article a list mirrors.</summary>
public sealed record ListSource(string Title, string? Url, string? Publisher, string Language, DateOnly? PublishedOn);

/// <summary>A section heading, numbered for anchors, with the page its first entry is on.</summary>
public sealed record ListSection(int Number, string Heading, int Page);

public sealed record ListEntryRow(int Position, ListSection? Section, string? Note, PaperCard Paper, string? ExcerptLanguage, string? Excerpt);

/// <summary>
/// One page of a reading list. Its SQL is a fixed number of commands however long the list is: the list, its
/// sections, one page of entries with this article's summaries, and the page's papers (split into one command per
/// collection).
/// </summary>
public sealed class ListDetailsQuery(CatalogDbContext db)
{
    public const int PageSize = 50;

    // Enough Markdown for an excerpt, so a long summary is not read whole.
    private const int ExcerptSource = 1200;

    public async Task<Lookup<ListDetails>> FindAsync(string slug, int page, CancellationToken cancellationToken)
    {
        var list = await db.ReadingLists.AsNoTracking()
            .Where(l => l.Slug == slug)
            .Select(l => new
            {
                l.Id, l.Slug, l.Title, l.Description, l.Language, l.SourceId,
                Source = l.Source == null ? null : new ListSource(l.Source.Title, l.Source.Url, l.Source.Publisher, l.Source.Language, l.Source.PublishedOn),
                Entries = l.Entries.Count,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return await RedirectAsync(slug, page, cancellationToken);
        }

        var pageCount = Math.Max(1, (list.Entries + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return Lookup<ListDetails>.Missing;
        }

        var sections = await SectionsAsync(list.Id, cancellationToken);
        var entries = await db.ListEntries.AsNoTracking()
            .Where(e => e.ListId == list.Id)
            .OrderBy(e => e.Position).ThenBy(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new
            {
                e.Position, e.Section, e.Note, e.PaperId,
                Summary = e.Paper!.Summaries
                    .Where(s => s.SourceId == list.SourceId)
                    .Select(s => new { s.Language, Body = s.BodyMarkdown.Substring(0, ExcerptSource) })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var paperIds = entries.Select(e => e.PaperId).ToList();
        var papers = await db.Papers.AsNoTracking()
            .Where(p => paperIds.Contains(p.Id))
            .Select(PaperCard.Projection)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var sectionByHeading = sections.ToDictionary(s => s.Heading, StringComparer.Ordinal);
        var rows = entries.Select(e => new ListEntryRow(
                e.Position,
                e.Section is null ? null : sectionByHeading.GetValueOrDefault(e.Section),
                e.Note,
                papers[e.PaperId],
                e.Summary?.Language,
                e.Summary is null ? null : SummaryMarkdown.Excerpt(e.Summary.Body)))
            .ToList();
        return Lookup<ListDetails>.Show(new ListDetails(
            list.Slug, list.Title, list.Description, list.Language, list.Source, list.Entries, page, pageCount, sections, rows));
    }

    // Reads only each entry's section, so the sections and the page each starts on cost one light command.
    private async Task<IReadOnlyList<ListSection>> SectionsAsync(long listId, CancellationToken cancellationToken)
    {
        var headings = await db.ListEntries.AsNoTracking()
            .Where(e => e.ListId == listId)
            .OrderBy(e => e.Position).ThenBy(e => e.Id)
            .Select(e => e.Section)
            .ToListAsync(cancellationToken);
        var sections = new List<ListSection>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i] is { } heading && (i == 0 || headings[i - 1] != heading) && sections.All(s => s.Heading != heading))
            {
                sections.Add(new ListSection(sections.Count + 1, heading, i / PageSize + 1));
            }
        }

        return sections;
    }

    private async Task<Lookup<ListDetails>> RedirectAsync(string slug, int page, CancellationToken cancellationToken)
    {
        var target = await db.TargetAsync(SlugRedirects.List, slug, cancellationToken);
        if (target is null)
        {
            return Lookup<ListDetails>.Missing;
        }

        var current = await db.ReadingLists.AsNoTracking().Where(l => l.Id == target).Select(l => l.Slug).FirstOrDefaultAsync(cancellationToken);
        return current is null ? Lookup<ListDetails>.Missing : Lookup<ListDetails>.Moved(Paths.List(current, page));
    }
}
