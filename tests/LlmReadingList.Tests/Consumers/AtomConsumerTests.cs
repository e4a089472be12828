using System.Xml.Linq;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Consumers;

/// <summary>Every feed validated by libxml2 (xmllint --relaxng, as WebAssembly) against RFC 4287's schema (schemas/atom.rng).</summary>
[Collection(ConsumerCollection.Name)]
public sealed class AtomConsumerTests(SeededCatalogWebApp app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/feeds/papers.atom")]
    [InlineData("/feeds/lists/llm-papers-40.atom")]
    [InlineData("/feeds/lists/" + SeededCatalogWebApp.ListSlug + ".atom")]
    [InlineData("/feeds/search.atom?q=attention")]
    [InlineData("/feeds/search.atom?q=no-such-paper")]
    [InlineData("/feeds/changes.atom")]
    public async Task The_feed_is_valid_atom(string url)
    {
        using var client = app.CreateClient();
        var feed = await client.GetTextAsync(url);

        var verdict = await NodeConsumers.RunAsync("atom.mjs", feed);

        Assert.True(verdict.GetProperty("valid").GetBoolean(), string.Join("\n", verdict.GetProperty("errors").EnumerateArray()));
        // RFC 4287's two Schematron rules, which RELAX NG validators do not check
        var document = XDocument.Parse(feed);
        Assert.NotNull(document.Root!.Element(Atom + "author"));
        Assert.All(document.Root.Elements(Atom + "entry"), entry =>
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate"));
    }

    [Fact]
    public async Task The_validator_rejects_an_invalid_feed()
    {
        using var client = app.CreateClient();
        var feed = (await client.GetTextAsync("/feeds/papers.atom")).Replace("<updated>", "<updated>yesterday ", StringComparison.Ordinal);

        var verdict = await NodeConsumers.RunAsync("atom.mjs", feed);

        Assert.False(verdict.GetProperty("valid").GetBoolean());
    }
}
