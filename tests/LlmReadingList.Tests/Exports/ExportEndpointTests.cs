using System.Net;
using System.Text;
using System.Text.Json;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Exports;

/// <summary>The citation download endpoints: media types, file names, what they select, 404s and redirects.</summary>
public sealed class ExportEndpointTests(SeededCatalogWebApp app) : IClassFixture<SeededCatalogWebApp>
{
    public static TheoryData<string, string> Formats => new()
    {
        { "bib", "application/x-bibtex" },
        { "ris", "application/x-research-info-systems" },
        { "csl.json", "application/vnd.citationstyles.csl+json" },
        { "csv", "text/csv" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_export_is_an_attachment_of_its_media_type_named_after_what_it_holds(string extension, string mediaType)
    {
        using var client = app.CreateClient();
        foreach (var (url, fileName) in new[]
        {
            ($"/papers/{app.TrickySlug}/cite.{extension}", $"{app.TrickySlug}.{extension}"),
            ($"/lists/llm-papers-40/cite.{extension}", $"llm-papers-40.{extension}"),
            ($"/search/cite.{extension}?q=Fusion%20Networks", $"search-fusion-networks.{extension}"),
        })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        }
    }

    [Fact]
    public async Task Text_formats_declare_utf8_and_the_csv_starts_with_a_byte_order_mark_for_spreadsheets()
    {
        using var client = app.CreateClient();

        using var bib = await client.GetAsync(new Uri($"/papers/{app.TrickySlug}/cite.bib", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri($"/papers/{app.TrickySlug}/cite.csv", UriKind.Relative));

        Assert.Equal("utf-8", bib.Content.Headers.ContentType!.CharSet);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType!.CharSet);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), (await csv.Content.ReadAsByteArrayAsync())[..3]);
        Assert.Contains("Ñúñez, José", await bib.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_export_holds_the_lists_papers_in_list_order()
    {
        using var client = app.CreateClient();

        var items = await CslAsync(client, $"/lists/{SeededCatalogWebApp.ListSlug}/cite.csl.json");

        Assert.Equal(
            [SeededCatalogWebApp.TrickyTitle, "注意力机制综述", "Fusion Networks for Retrieval", "Fusion Everywhere"],
            items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(["nunez2024braces", "anon2023", "quillfeather2021fusion", "quillfeather2021fusiona"], items.Select(i => i.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("q=fusion%20EVERYWHERE")]
    [InlineData("q=100%25")]
    [InlineData("q=fusion&year=2021")]
    [InlineData("year=2017")]
    [InlineData("q=fusion&sort=title&page=2")]
    public async Task A_search_export_holds_the_papers_the_search_finds_in_its_order_with_its_filters(string query)
    {
        using var client = app.CreateClient();

        var exported = (await CslAsync(client, $"/search/cite.csl.json?{query}")).Select(i => i.GetProperty("title").GetString()).ToList();
        var found = await SearchTitlesAsync(client, query.Replace("&page=2", string.Empty, StringComparison.Ordinal));

        Assert.NotEmpty(found);
        Assert.Equal(found, exported);
    }

    [Fact]
    public async Task A_search_export_without_words_or_filters_is_empty_and_a_malformed_filter_is_a_400()
    {
        using var client = app.CreateClient();

        Assert.Empty(await CslAsync(client, "/search/cite.csl.json"));
        using var malformed = await client.GetAsync(new Uri("/search/cite.bib?q=fusion&year=abc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("year", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Every title the search API finds for the query, page after page (what the search page shows).</summary>
    private static async Task<List<string?>> SearchTitlesAsync(HttpClient client, string query)
    {
        var titles = new List<string?>();
        string? next = $"/api/papers?{query}";
        while (next is not null)
        {
            using var response = await client.GetAsync(new Uri(next, UriKind.RelativeOrAbsolute));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            titles.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
            next = json.RootElement.GetProperty("links").TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
        }

        return titles;
    }

    [Fact]
    public async Task Unknown_slugs_are_not_found()
    {
        using var client = app.CreateClient();

        using var paper = await client.GetAsync(new Uri("/papers/no-such-paper/cite.bib", UriKind.Relative));
        using var list = await client.GetAsync(new Uri("/lists/no-such-list/cite.ris", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, paper.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }

    [Fact]
    public async Task Merged_papers_and_old_slugs_redirect_permanently_to_the_same_export_where_the_record_lives_now()
    {
        using var client = app.CreateClient();

        foreach (var (from, to) in new[]
        {
            ($"/papers/{app.MergedSlug}/cite.bib", $"/papers/{app.TrickySlug}/cite.bib"),
            ($"/papers/{SeededCatalogWebApp.OldPaperSlug}/cite.csl.json", $"/papers/{app.TrickySlug}/cite.csl.json"),
            ($"/lists/{SeededCatalogWebApp.OldListSlug}/cite.csv", $"/lists/{SeededCatalogWebApp.ListSlug}/cite.csv"),
        })
        {
            using var response = await client.GetAsync(new Uri(from, UriKind.Relative));

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(to, response.Headers.Location!.OriginalString);
        }
    }

    private static async Task<List<JsonElement>> CslAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
