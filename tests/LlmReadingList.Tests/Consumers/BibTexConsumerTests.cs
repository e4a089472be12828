using System.Text.Json;
using LlmReadingList.Catalog;
using LlmReadingList.Tests.Infrastructure;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Tests.Consumers;

/// <summary>The BibTeX exports as Better BibTeX's parser (@retorquere/bibtex-parser) reads them.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class BibTexConsumerTests(SeededCatalogWebApp app)
{
    [Theory]
    [InlineData("llm-papers-40")]
    [InlineData("understanding-llms")]
    [InlineData("ainlper-2023-10")]
    [InlineData(SeededCatalogWebApp.ListSlug)]
    public async Task A_lists_bibtex_parses_without_errors_into_the_catalogs_titles_authors_years_and_arxiv_ids(string list)
    {
        using var client = app.CreateClient();
        var expected = await CatalogPapers.OfListAsync(app, list);

        var parsed = await NodeConsumers.RunAsync("bibtex.mjs", await client.GetTextAsync($"/lists/{list}/cite.bib"));

        Assert.Empty(parsed.GetProperty("errors").EnumerateArray());
        var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(expected.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("key").GetString()).Distinct().Count());
        for (var i = 0; i < expected.Count; i++)
        {
            var paper = expected[i];
            var fields = entries[i].GetProperty("fields");
            Assert.Equal("misc", entries[i].GetProperty("type").GetString());
            Assert.Equal(paper.Title, fields.GetProperty("title").GetString());
            Assert.Equal(paper.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), Field(fields, "year"));
            Assert.Equal(paper.ArxivId, Field(fields, "eprint"));
            Assert.Equal(paper.ArxivId is null ? null : "arXiv", Field(fields, "archiveprefix"));
            Assert.Equal(paper.Authors.Select(Expected), entries[i].GetProperty("authors").EnumerateArray().Select(Actual));
        }
    }

    [Fact]
    public async Task Special_characters_survive_the_round_trip_and_colliding_keys_get_suffixes()
    {
        using var client = app.CreateClient();

        var parsed = await NodeConsumers.RunAsync("bibtex.mjs", await client.GetTextAsync($"/lists/{SeededCatalogWebApp.ListSlug}/cite.bib"));

        var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(SeededCatalogWebApp.TrickyTitle, entries[0].GetProperty("fields").GetProperty("title").GetString());
        Assert.Equal(["Ñúñez, José", "van Beethoven, Ludwig", "Zhipu AI Lab"], entries[0].GetProperty("authors").EnumerateArray().Select(Actual));
        Assert.Equal(["Interop & exports"], entries[0].GetProperty("fields").GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["quillfeather2021fusion", "quillfeather2021fusiona"], entries[2..].Select(e => e.GetProperty("key").GetString()));
    }

    private static string? Field(JsonElement fields, string name) => fields.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string Expected((string Name, AuthorKind Kind) author)
    {
        if (author.Kind == AuthorKind.Organization)
        {
            return author.Name;
        }

        var parts = PersonName.Parse(author.Name);
        return parts.Given is null ? parts.Family : $"{parts.Family}, {parts.Given}";
    }

    private static string Actual(JsonElement author) =>
        author.TryGetProperty("literal", out var literal) ? literal.GetString()!
        : author.GetProperty("given").ValueKind == JsonValueKind.Null ? author.GetProperty("family").GetString()!
        : $"{author.GetProperty("family").GetString()}, {author.GetProperty("given").GetString()}";
}
