using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Api;
using System.ComponentModel;
using System.Text;
using LlmReadingList.Catalog.Text;
using LlmReadingList.Web.Infrastructure;
using LlmReadingList.Web.Selections;

namespace LlmReadingList.Web.Exports;

/// <summary>
/// <c>/papers/{slug}/cite.{ext}</c>, <c>/lists/{slug}/cite.{ext}</c> and <c>/search/cite.{ext}?q=…</c> for every
/// <see cref="CitationFormat"/>: a download named after what it holds. Unknown slugs are 404; old slugs and merged
/// papers redirect (301) to the same export of where the record lives now.
/// </summary>
internal static class ExportEndpoints
{
    public const int MaxSearchResults = 500;
    public const string SearchText = "What to search for, as on /search (the rest of the search page's query string applies too).";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty).WithTags("Citation exports");
        foreach (var format in CitationFormat.All)
        {
            var id = string.Concat(format.Name.Where(char.IsAsciiLetter));
            Document(group.MapGet($"/papers/{{slug}}/cite.{format.Extension}", (string slug, ExportHandler handler, HttpRequest request, CancellationToken ct) =>
                    handler.PaperAsync(request, format, slug, ct)), format, $"CitePaper{id}", $"One paper as {format.Name}")
                .Produces(StatusCodes.Status301MovedPermanently).Produces(StatusCodes.Status404NotFound);
            Document(group.MapGet($"/lists/{{slug}}/cite.{format.Extension}", (string slug, ExportHandler handler, HttpRequest request, CancellationToken ct) =>
                    handler.ListAsync(request, format, slug, ct)), format, $"CiteList{id}", $"A reading list's papers, in list order, as {format.Name}")
                .Produces(StatusCodes.Status301MovedPermanently).Produces(StatusCodes.Status404NotFound);
            Document(group.MapGet($"/search/cite.{format.Extension}", ([Description(SearchText)] string? q, ExportHandler handler, HttpRequest request, CancellationToken ct) =>
                    handler.SearchAsync(request, format, ct)), format, $"CiteSearch{id}", $"The papers a search finds (at most {MaxSearchResults}) as {format.Name}");
        }

        return endpoints;
    }

    private static RouteHandlerBuilder Document(RouteHandlerBuilder route, CitationFormat format, string name, string summary) =>
        route.WithName(name).WithSummary(summary)
            .Produces<string>(StatusCodes.Status200OK, contentType: format.ContentType.Split(';')[0]);
}

/// <summary>The export endpoints' work: find the papers, load their records, write the file.</summary>
internal sealed class ExportHandler(PaperSelections selections, IPaperSearch search, CitationQuery query, PublicUrls urls)
{
    public async Task<IResult> PaperAsync(HttpRequest request, CitationFormat format, string slug, CancellationToken cancellationToken)
    {
        var found = await selections.FindPaperAsync(slug, cancellationToken);
        return found switch
        {
            { MovedTo: { } moved } => Results.Redirect($"{CatalogPaths.Paper(moved)}/cite.{format.Extension}", permanent: true),
            { Id: { } id } => await FileAsync(request, format, slug, [id], cancellationToken),
            _ => Results.NotFound(),
        };
    }

    public async Task<IResult> ListAsync(HttpRequest request, CitationFormat format, string slug, CancellationToken cancellationToken)
    {
        var found = await selections.FindListAsync(slug, cancellationToken);
        return found switch
        {
            { MovedTo: { } moved } => Results.Redirect($"{CatalogPaths.List(moved)}/cite.{format.Extension}", permanent: true),
            { Id: { } id } => await FileAsync(request, format, slug, await selections.ListPaperIdsAsync(id, cancellationToken), cancellationToken),
            _ => Results.NotFound(),
        };
    }

    public async Task<IResult> SearchAsync(HttpRequest request, CitationFormat format, CancellationToken cancellationToken)
    {
        var criteria = PaperSearchRequest.FromQuery(request.Query);
        if (criteria.Errors.Count > 0)
        {
            return ApiResults.BadParameters(criteria.Errors.Select(e => (e.Parameter, e.Message)));
        }

        IReadOnlyList<long> ids;
        try
        {
            ids = await search.FindAsync(criteria, ExportEndpoints.MaxSearchResults, cancellationToken);
        }
        catch (SearchTimeoutException)
        {
            return ApiResults.SearchTimedOut();
        }

        var name = Slug.From(criteria.Text, 60);
        return await FileAsync(request, format, name.Length > 0 ? $"search-{name}" : "search", ids, cancellationToken);
    }

    private async Task<IResult> FileAsync(HttpRequest request, CitationFormat format, string name, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var records = await query.LoadAsync(ids, path => urls.Absolute(request, path).AbsoluteUri, cancellationToken);
        var text = format.Write(records);
        var bytes = format.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
        return Results.File(bytes, format.ContentType, $"{name}.{format.Extension}");
    }
}
