using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LlmReadingList.Tests.Pages.Curate;

/// <summary>A form's fields as a browser would post them (anti-forgery token included), read from a page.</summary>
internal static class FormFields
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, string path, string formSelector)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return Of(page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"{path} has no {formSelector}"));
    }

    public static Dictionary<string, string> Of(IElement form) => LlmReadingList.Drills.Load.HtmlForms.Of(form);

    /// <summary>The message shown next to a field (its validation span).</summary>
    public static string MessageFor(IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public static Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        ParseAsync(response.Content.ReadAsStringAsync());

    private static async Task<IDocument> ParseAsync(Task<string> html) => await new HtmlParser().ParseDocumentAsync(await html);
}
