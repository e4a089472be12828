using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Api;

/// <summary>One paper by id; a merged paper answers with the id of the paper it now lives in.</summary>
public sealed class PaperApiQuery(CatalogDbContext db)
{
    public async Task<ApiLookup<PaperResource>> FindAsync(long id, ApiLinks links, CancellationToken cancellationToken)
    {
        if (await MergeSurvivors.PaperAsync(db, id, cancellationToken) is not { } survivor)
        {
            return ApiLookup<PaperResource>.Missing;
        }

        if (survivor.Id != id)
        {
            return ApiLookup<PaperResource>.Moved(ApiLinks.PaperPath(survivor.Id));
        }

        var paper = await db.Papers.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PaperResource(
                p.Id,
                p.Slug,
                p.Title,
                p.Year,
                p.ArxivId,
                p.Titles.OrderBy(t => t.Language).ThenBy(t => t.Id).Select(t => new PaperTitleResource(t.Title, t.Language)).ToList(),
                p.Links.OrderBy(l => l.Id).Select(l => new PaperLinkResource(l.Url, l.Kind)).ToList(),
                p.Authors.OrderBy(a => a.Position).ThenBy(a => a.AuthorId)
                    .Select(a => new CreditResource(a.AuthorId, a.Author!.Slug, a.Author.Name, a.Author.Kind, a.Position + 1, links.Author(a.AuthorId))).ToList(),
                p.Summaries.OrderBy(s => s.Id).Select(s => new SummaryResource(
                    s.Id,
                    s.Language,
                    s.Heading,
                    s.CreditLine,
                    s.BodyMarkdown,
                    new SourceResource(
                        s.SourceId,
                        s.Source!.Title,
                        s.Source.Url,
                        s.Source.Language,
                        s.Source.Publisher,
                        s.Source.PublishedOn,
                        db.ReadingLists.Where(l => l.SourceId == s.SourceId).OrderBy(l => l.Id).Select(l => (long?)l.Id).FirstOrDefault()))).ToList(),
                p.Tags.OrderBy(t => t.Tag!.Name).Select(t => new TagRef(t.TagId, t.Tag!.Slug, t.Tag.Name, links.TagPage(t.Tag.Slug))).ToList(),
                p.ListEntries.OrderBy(e => e.ListId).ThenBy(e => e.Position)
                    .Select(e => new ListAppearanceResource(e.ListId, e.List!.Slug, e.List.Title, e.Position + 1, e.Section, links.List(e.ListId))).ToList(),
                p.CreatedAt,
                p.UpdatedAt,
                links.Paper(p.Id),
                links.PaperPage(p.Slug)))
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        return ApiLookup<PaperResource>.Show(paper);
    }
}

/// <summary>What an id led to: the resource, a permanent move to another API path, or nothing.</summary>
public sealed record ApiLookup<T>(T? Found, string? MovedTo)
    where T : class
{
    public static ApiLookup<T> Missing { get; } = new(null, null);

    public static ApiLookup<T> Show(T found) => new(found, null);

    public static ApiLookup<T> Moved(string path) => new(null, path);

    public IResult ToResult(string missing) =>
        Found is { } found ? ApiResults.Json(found) : MovedTo is { } path ? ApiResults.Moved(path) : ApiResults.NotFound(missing);
}
