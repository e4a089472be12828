using System.ComponentModel;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Web.Feeds;

/// <summary>Atom feeds: newest papers, a list's papers, a search's papers, and the catalog's change history.</summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/feeds").WithTags("Feeds");
        Document(group.MapGet("/papers.atom", (FeedHandler handler, HttpContext context) => handler.NewestPapersAsync(context)),
            "PapersFeed", "Papers recently added to the catalog, newest first");
        Document(group.MapGet("/lists/{slug}.atom", (string slug, FeedHandler handler, HttpContext context) => handler.ListAsync(context, slug)),
            "ListFeed", "A reading list's papers, in list order").Produces(StatusCodes.Status301MovedPermanently).Produces(StatusCodes.Status404NotFound);
        Document(group.MapGet("/search.atom", ([Description(ExportEndpoints.SearchText)] string? q, FeedHandler handler, HttpContext context) => handler.SearchAsync(context)),
            "SearchFeed", $"The papers a search finds (at most {FeedHandler.MaxEntries})");
        Document(group.MapGet("/changes.atom", (FeedHandler handler, HttpContext context) => handler.ChangesAsync(context)),
            "ChangesFeed", "Catalog changes (imports and curators' edits), one entry per change set, newest first");
        return endpoints;
    }

    private static RouteHandlerBuilder Document(RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name).WithSummary(summary).Produces<string>(StatusCodes.Status200OK, contentType: AtomWriter.ContentType.Split(';')[0]);
}
