using System.ComponentModel;
using System.Globalization;
using LlmReadingList.Catalog.Search;
using LlmReadingList.Web.Pages.Search;

namespace LlmReadingList.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api</c>: ids are the database's, every body carries an ETag (If-None-Match → 304),
/// errors are ProblemDetails (<see cref="ApiProblems"/>), merged papers and authors move permanently (301).
/// </summary>
internal static class ApiEndpoints
{
    public const string Prefix = "/api";

    private const string ConditionalGet = " Answers If-None-Match with 304 Not Modified when the ETag still matches.";

    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("JSON API").AllowAnonymous();

        Document(api.MapGet("/papers", SearchPapersAsync), "ApiPapers", "Papers, filtered and sorted as on /search, 20 a page",
                "The search page's parameters and rules: a malformed parameter is a 400 naming it; a page past the last result is an empty page.")
            .Produces<PaperSearchPage>(contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(SearchParametersDocument.AddAsync);
        Document(api.MapGet("/papers/{id:long}", PaperAsync), "ApiPaper", "One paper: titles, links, authors in order, summaries with their sources, tags and lists",
                "A paper merged into another answers 301 with the survivor's address.")
            .Produces<PaperResource>(contentType: "application/json")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
        Document(api.MapGet("/lists", ListsAsync), "ApiLists", "Every reading list with its entry count", null)
            .Produces<ListCollection>(contentType: "application/json");
        Document(api.MapGet("/lists/{id:long}", ListAsync), "ApiList", "One reading list with all its entries in order, their sections and notes", null)
            .Produces<ListResource>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Document(api.MapGet("/authors", AuthorsAsync), "ApiAuthors", $"People and organisations by name, {AuthorApiQuery.PageSize} a page",
                "A page past the last is an empty page; a malformed page is a 400.")
            .Produces<AuthorPage>(contentType: "application/json")
            .ProducesValidationProblem();
        Document(api.MapGet("/authors/{id:long}", AuthorAsync), "ApiAuthor", "One person or organisation with its other names and papers",
                "An author merged into another answers 301 with the survivor's address.")
            .Produces<AuthorResource>(contentType: "application/json")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
        Document(api.MapGet("/tags", TagsAsync), "ApiTags", "Every tag with its paper count", null)
            .Produces<TagCollection>(contentType: "application/json");
        return endpoints;
    }

    private static RouteHandlerBuilder Document(RouteHandlerBuilder route, string name, string summary, string? description) =>
        route.WithName(name).WithSummary(summary).WithDescription((description is null ? string.Empty : description + " ") + ConditionalGet.Trim())
            .Produces(StatusCodes.Status304NotModified);

    private static async Task<IResult> SearchPapersAsync(CatalogSearch search, HttpContext context)
    {
        var (request, errors) = SearchRequest.Create(SearchInput.FromQuery(context.Request.Query).ToParameters());
        if (request is null)
        {
            return ApiResults.BadParameters(errors.Select(e => (e.Parameter, e.Message)));
        }

        try
        {
            var results = await search.SearchAsync(request, context.RequestAborted);
            return ApiResults.Json(PaperSearchPages.From(request, results, ApiLinks.For(context)));
        }
        catch (SearchTimeoutException)
        {
            return ApiResults.SearchTimedOut();
        }
    }

    private static async Task<IResult> PaperAsync(long id, PaperApiQuery query, HttpContext context) =>
        (await query.FindAsync(id, ApiLinks.For(context), context.RequestAborted)).ToResult($"No paper has id {Id(id)}.");

    private static async Task<IResult> ListsAsync(ListApiQuery query, HttpContext context) =>
        ApiResults.Json(await query.AllAsync(ApiLinks.For(context), context.RequestAborted));

    private static async Task<IResult> ListAsync(long id, ListApiQuery query, HttpContext context) =>
        await query.FindAsync(id, ApiLinks.For(context), context.RequestAborted) is { } list
            ? ApiResults.Json(list)
            : ApiResults.NotFound($"No reading list has id {Id(id)}.");

    private static async Task<IResult> AuthorsAsync(
        [Description("Page number from 1.")] string? page, AuthorApiQuery query, HttpContext context)
    {
        if (!TryReadPage(page, out var number))
        {
            return ApiResults.BadParameters([("page", $"“page” must be a whole number from 1 to {AuthorApiQuery.MaxPage}.")]);
        }

        return ApiResults.Json(await query.PageAsync(number, ApiLinks.For(context), context.RequestAborted));
    }

    private static async Task<IResult> AuthorAsync(long id, AuthorApiQuery query, HttpContext context) =>
        (await query.FindAsync(id, ApiLinks.For(context), context.RequestAborted)).ToResult($"No author has id {Id(id)}.");

    private static async Task<IResult> TagsAsync(TagApiQuery query, HttpContext context) =>
        ApiResults.Json(await query.AllAsync(ApiLinks.For(context), context.RequestAborted));

    private static bool TryReadPage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrWhiteSpace(text)
            || (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= AuthorApiQuery.MaxPage);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
