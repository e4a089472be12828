using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Api;
using LlmReadingList.Web.Infrastructure;
using LlmReadingList.Web.Pages.Search;
using LlmReadingList.Web.Selections;

namespace LlmReadingList.Web.Feeds;

/// <summary>Builds each feed from its query and writes it as Atom.</summary>
internal sealed class FeedHandler(
    PaperFeedQuery papers,
    ChangeFeedQuery changes,
    PaperSelections selections,
    IPaperSearch search,
    PublicUrls urls,
    TimeProvider clock)
{
    public const int MaxEntries = 50;
    private const int ChangeLinesPerEntry = 20;

    public async Task<IResult> NewestPapersAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var items = await papers.LoadAsync(await papers.NewestAsync(MaxEntries, ct), null, ct);
        return Feed(context, "feed/papers", "Recently added papers", "New papers in the LLM Reading List", CatalogPaths.Home, items);
    }

    public async Task<IResult> ListAsync(HttpContext context, string slug)
    {
        var ct = context.RequestAborted;
        var found = await selections.FindListAsync(slug, ct);
        if (found.MovedTo is { } moved)
        {
            return Results.Redirect($"/feeds/lists/{Uri.EscapeDataString(moved)}.atom", permanent: true);
        }

        if (found.Id is not { } id || await papers.ListAsync(id, ct) is not { } list)
        {
            return Results.NotFound();
        }

        var items = await papers.LoadAsync(await selections.ListPaperIdsAsync(id, ct), list.SourceId, ct);
        return Feed(context, $"feed/lists/{id}", list.Title, list.Description, CatalogPaths.List(list.Slug), items, list.UpdatedAt);
    }

    public async Task<IResult> SearchAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var request = PaperSearchRequest.FromQuery(context.Request.Query);
        if (request.Errors.Count > 0)
        {
            return ApiResults.BadParameters(request.Errors.Select(e => (e.Parameter, e.Message)));
        }

        IReadOnlyList<long> ids;
        try
        {
            ids = await search.FindAsync(request, MaxEntries, ct);
        }
        catch (SearchTimeoutException)
        {
            return ApiResults.SearchTimedOut();
        }

        var items = await papers.LoadAsync(ids, null, ct);
        var title = request.Text.Length == 0 ? "Search" : $"Search: {request.Text}";
        var page = request.Search is { } parsed ? new SearchLinks(parsed).Without() : SearchLinks.Path;
        return Feed(context, $"feed{page}", title, null, page, items);
    }

    public async Task<IResult> ChangesAsync(HttpContext context)
    {
        var sets = await changes.NewestAsync(MaxEntries, ChangeLinesPerEntry, context.RequestAborted);
        var site = urls.Base(context.Request);
        var entries = sets.Select(set =>
        {
            var rows = set.ToList();
            var page = rows.FirstOrDefault(r => r.PageKind is not null);
            return new AtomEntry(
                FeedIds.For(site, $"change-set/{set.Key:D}"),
                ChangeText.Title(rows),
                rows[0].SetAt,
                null,
                urls.Absolute(context.Request, page is null ? CatalogPaths.Home : PagePath(page.PageKind!, page.PageSlug!)),
                [ChangeText.Actor(rows[0])],
                [],
                ChangeText.Summary(rows));
        }).ToList();
        return Atom(context, new AtomFeed(
            FeedIds.For(site, "feed/changes"), "Catalog changes", "Imports and curators' edits, newest first",
            entries.Count > 0 ? entries.Max(e => e.Updated) : clock.GetUtcNow(),
            urls.Absolute(context.Request, context.Request.Path + context.Request.QueryString),
            urls.Absolute(context.Request, CatalogPaths.Home),
            entries));
    }

    private IResult Feed(HttpContext context, string id, string title, string? subtitle, string alternate, IReadOnlyList<PaperFeedItem> items, DateTimeOffset? since = null)
    {
        var request = context.Request;
        var site = urls.Base(request);
        var entries = items.Select(item => new AtomEntry(
            FeedIds.For(site, $"paper/{item.Id}"),
            item.Title,
            item.UpdatedAt,
            item.CreatedAt,
            urls.Absolute(request, CatalogPaths.Paper(item.Slug)),
            item.Authors,
            item.Tags.Select(t => new AtomCategory(t.Slug, t.Name)).ToList(),
            item.Summary)).ToList();
        var updated = entries.Select(e => e.Updated).Append(since ?? DateTimeOffset.MinValue).Max();
        return Atom(context, new AtomFeed(
            FeedIds.For(site, id), title, subtitle,
            updated == DateTimeOffset.MinValue ? clock.GetUtcNow() : updated,
            urls.Absolute(request, request.Path + request.QueryString),
            urls.Absolute(request, alternate),
            entries));
    }

    private static IResult Atom(HttpContext context, AtomFeed feed) =>
        Results.Stream(stream => AtomWriter.WriteAsync(stream, feed, context.RequestAborted), AtomWriter.ContentType);

    private static string PagePath(string kind, string slug) => kind switch
    {
        "paper" => CatalogPaths.Paper(slug),
        "list" => CatalogPaths.List(slug),
        "author" => CatalogPaths.Author(slug),
        _ => CatalogPaths.Tag(slug),
    };
}
