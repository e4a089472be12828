using System.Text.Json;
using LlmReadingList.Catalog;
using LlmReadingList.Tests.Infrastructure;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Tests.Consumers;

/// <summary>The RIS exports as citation.js's RIS plugin (@citation-js/plugin-ris) reads them.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class RisConsumerTests(SeededCatalogWebApp app)
{
    [Theory]
    [InlineData("llm-papers-40")]
    [InlineData("personal-learning-space")]
    [InlineData(SeededCatalogWebApp.ListSlug)]
    public async Task A_lists_ris_reads_back_as_the_catalogs_titles_authors_years_and_dois(string list)
    {
        using var client = app.CreateClient();
        var expected = await CatalogPapers.OfListAsync(app, list);

        var parsed = await NodeConsumers.RunAsync("ris.mjs", await client.GetTextAsync($"/lists/{list}/cite.ris"));

        var items = parsed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected.Count, items.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var paper = expected[i];
            Assert.Equal(paper.Title, items[i].GetProperty("title").GetString());
            Assert.Equal(paper.Year, items[i].TryGetProperty("issued", out var issued) ? issued.GetProperty("date-parts")[0][0].GetInt32() : null);
            Assert.Equal(paper.ArxivId is null ? null : $"10.48550/arXiv.{paper.ArxivId}", items[i].TryGetProperty("DOI", out var doi) ? doi.GetString() : null);
            var authors = items[i].TryGetProperty("author", out var a) ? a.EnumerateArray().Select(Actual).ToList() : [];
            Assert.Equal(paper.Authors.Select(Expected), authors);
        }
    }

    [Fact]
    public async Task A_paper_known_only_by_a_blog_post_is_a_web_page()
    {
        using var client = app.CreateClient();

        var parsed = await NodeConsumers.RunAsync("ris.mjs", await client.GetTextAsync($"/papers/{app.BlogOnlySlug}/cite.ris"));

        var item = Assert.Single(parsed.GetProperty("items").EnumerateArray());
        Assert.Equal(("webpage", "注意力机制综述", "https://example.org/blog/attention"),
            (item.GetProperty("type").GetString(), item.GetProperty("title").GetString(), item.GetProperty("URL").GetString()));
    }

    private static string Expected((string Name, AuthorKind Kind) author) =>
        author.Kind == AuthorKind.Organization ? author.Name : PersonName.Parse(author.Name) is var p && p.Given is null ? p.Family : $"{p.Family}, {p.Given}";

    private static string Actual(JsonElement author) =>
        author.TryGetProperty("literal", out var literal) ? literal.GetString()!
        : author.TryGetProperty("given", out var given) ? $"{author.GetProperty("family").GetString()}, {given.GetString()}"
        : author.GetProperty("family").GetString()!;
}
