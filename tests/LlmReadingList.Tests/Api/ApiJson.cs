using System.Net;
using System.Text.Json;

namespace LlmReadingList.Tests.Api;

/// <summary>Reads API answers: the response with its JSON body parsed.</summary>
public static class ApiJson
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{text[..Math.Min(text.Length, 2000)]}");
        using var json = JsonDocument.Parse(text);
        return (response, json.RootElement.Clone());
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Texts(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();

    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string property = "items") =>
        element.GetProperty(property).EnumerateArray().ToList();
}
