using System.Globalization;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Consumers;

/// <summary>The CSL-JSON exports rendered by citeproc-js in APA 7th edition (style and locale committed in styles/).</summary>
[Collection(ConsumerCollection.Name)]
public sealed class CiteprocConsumerTests(SeededCatalogWebApp app)
{
    [Theory]
    [InlineData("llm-papers-40")]
    [InlineData("understanding-llms")]
    [InlineData(SeededCatalogWebApp.ListSlug)]
    public async Task Every_paper_of_a_list_renders_as_an_apa_reference_with_its_title_and_year(string list)
    {
        using var client = app.CreateClient();
        var expected = await CatalogPapers.OfListAsync(app, list);

        var rendered = await NodeConsumers.RunAsync("citeproc.mjs", await client.GetTextAsync($"/lists/{list}/cite.csl.json"));

        Assert.Empty(rendered.GetProperty("errors").EnumerateArray());
        var references = rendered.GetProperty("entries").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(expected.Count, references.Count);
        foreach (var paper in expected)
        {
            // APA sorts by author; each paper has its own reference holding its title and "(year)" or "(n.d.)"
            var year = paper.Year is { } y ? $"({y.ToString(CultureInfo.InvariantCulture)}" : "(n.d.)";
            Assert.Contains(references, r => r.Contains(paper.Title, StringComparison.Ordinal) && r.Contains(year, StringComparison.Ordinal));
            if (paper.ArxivId is { } arxivId)
            {
                Assert.Contains(references, r => r.Contains($"https://doi.org/10.48550/arXiv.{arxivId}", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Apa_names_people_by_family_name_and_initials_and_organisations_whole()
    {
        using var client = app.CreateClient();

        var rendered = await NodeConsumers.RunAsync("citeproc.mjs", await client.GetTextAsync($"/papers/{app.TrickySlug}/cite.csl.json"));

        var reference = Assert.Single(rendered.GetProperty("entries").EnumerateArray()).GetString()!;
        Assert.StartsWith("Ñúñez, J., van Beethoven, L., & Zhipu AI Lab. (2024).", reference, StringComparison.Ordinal);
    }
}
