using LlmReadingList.Web.Pages.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LlmReadingList.Web.Api;

/// <summary>
/// Documents <c>/api/papers</c>' query parameters from <see cref="SearchInput"/>, which the handler reads itself (first
/// value of a repeated parameter) instead of binding them.
/// </summary>
internal static class SearchParametersDocument
{
    public static Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        foreach (var (name, description) in SearchInput.Documented())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = false,
                Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
