using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate;

/// <summary>
/// Public pages know records by slug; the curator pages by id. These endpoints turn a public page's "Edit" link into
/// the right curator page, for curators only.
/// </summary>
internal static class EditLinks
{
    public static string ForList(string slug) => $"/curate/go/list/{slug}";

    public static string ForAuthor(string slug) => $"/curate/go/author/{slug}";

    public static IEndpointRouteBuilder MapEditLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/curate/go/list/{slug}", async (string slug, CatalogDbContext db, CancellationToken cancellationToken) =>
                await db.ReadingLists.Where(l => l.Slug == slug).Select(l => (long?)l.Id).SingleOrDefaultAsync(cancellationToken) is { } id
                    ? Results.Redirect($"/curate/lists/{id}/edit")
                    : Results.NotFound())
            .RequireAuthorization(CatalogPolicies.Curate)
            .ExcludeFromDescription();
        endpoints.MapGet("/curate/go/author/{slug}", async (string slug, CatalogDbContext db, CancellationToken cancellationToken) =>
                await db.Authors.Where(a => a.Slug == slug).Select(a => (long?)a.Id).SingleOrDefaultAsync(cancellationToken) is { } id
                    ? Results.Redirect($"/curate/authors/{id}/edit")
                    : Results.NotFound())
            .RequireAuthorization(CatalogPolicies.Curate)
            .ExcludeFromDescription();
        return endpoints;
    }
}
