using Microsoft.AspNetCore.OpenApi;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: what the catalog offers to programs.</summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LLM Reading List";
            document.Info.Description = "The read-only JSON API (/api: papers, lists, authors, tags; ETags, ProblemDetails), citation exports (BibTeX, RIS, CSL-JSON, CSV) and Atom feeds of the LLM Reading List catalog.";
            return Task.CompletedTask;
        });
}
