using System.Globalization;
using System.Net;
using System.Xml.Linq;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Feeds;

/// <summary>The Atom feeds' content; their validity against RFC 4287 is checked by the consumer tests.</summary>
public sealed class FeedEndpointTests(SeededCatalogWebApp app) : IClassFixture<SeededCatalogWebApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_papers_feed_lists_the_newest_unmerged_papers_first_with_stable_tag_ids()
    {
        using var client = app.CreateClient();

        var (response, feed) = await GetFeedAsync(client, "/feeds/papers.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("tag:localhost,2026:feed/papers", feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://localhost/feeds/papers.atom", Link(feed, "self"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(50, entries.Count);
        await using var db = app.CreateDbContext();
        var newest = await db.Papers.Where(p => p.MergedIntoId == null).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Slug }).Take(50).ToListAsync();
        Assert.Equal(newest.Select(p => $"tag:localhost,2026:paper/{p.Id}"), entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(newest.Select(p => $"https://localhost/papers/{p.Slug}"), entries.Select(e => Link(e, "alternate")));
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value.Contains("early duplicate", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.EndsWith("Z", e.Element(Atom + "updated")!.Value, StringComparison.Ordinal));
        Assert.All(entries, e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_entry_carries_authors_tags_and_a_plain_text_summary()
    {
        using var client = app.CreateClient();

        var (_, feed) = await GetFeedAsync(client, $"/feeds/lists/{SeededCatalogWebApp.ListSlug}.atom");

        var tricky = feed.Elements(Atom + "entry").First();
        Assert.Equal(SeededCatalogWebApp.TrickyTitle, tricky.Element(Atom + "title")!.Value);
        Assert.Equal(["José Ñúñez", "Ludwig van Beethoven", "Zhipu AI Lab"], tricky.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        var category = Assert.Single(tricky.Elements(Atom + "category"));
        Assert.Equal(("interop", "Interop & exports"), ((string)category.Attribute("term")!, (string)category.Attribute("label")!));
        var summary = tricky.Element(Atom + "summary")!;
        Assert.Equal("text", (string)summary.Attribute("type")!);
        Assert.Equal("A summary with <b>raw HTML</b> and a link.", summary.Value);
    }

    [Fact]
    public async Task A_list_feed_holds_the_list_in_order_and_a_search_feed_what_the_search_finds()
    {
        using var client = app.CreateClient();

        var (_, list) = await GetFeedAsync(client, $"/feeds/lists/{SeededCatalogWebApp.ListSlug}.atom");
        var (_, search) = await GetFeedAsync(client, "/feeds/search.atom?q=fusion%20everywhere");

        Assert.Equal("Interop fixtures", list.Element(Atom + "title")!.Value);
        Assert.Equal("https://localhost/lists/interop-fixtures", Link(list, "alternate"));
        Assert.Equal(4, list.Elements(Atom + "entry").Count());
        Assert.Equal(["Fusion Everywhere"], search.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://localhost/search?q=fusion%20everywhere", Link(search, "alternate"));
    }

    [Fact]
    public async Task List_feeds_redirect_from_old_slugs_and_are_not_found_for_unknown_ones()
    {
        using var client = app.CreateClient();

        using var moved = await client.GetAsync(new Uri($"/feeds/lists/{SeededCatalogWebApp.OldListSlug}.atom", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/feeds/lists/no-such-list.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/feeds/lists/{SeededCatalogWebApp.ListSlug}.atom", moved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_changes_feed_has_one_entry_per_change_set_newest_first()
    {
        using var client = app.CreateClient();
        await using var db = app.CreateDbContext();
        var sets = await db.AuditEntries.GroupBy(a => a.ChangeSet)
            .Select(g => new { g.Key, At = g.Max(a => a.At), Count = g.Count(), Actor = g.Min(a => a.Actor) })
            .OrderByDescending(g => g.At).ThenBy(g => g.Key).Take(50).ToListAsync();

        var (_, feed) = await GetFeedAsync(client, "/feeds/changes.atom");

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(sets.Select(s => $"tag:localhost,2026:change-set/{s.Key:D}"), entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(sets.Select(s => s.Actor), entries.Select(e => e.Element(Atom + "author")!.Element(Atom + "name")!.Value));
        var big = entries[sets.FindIndex(s => s.Count > 20)];
        Assert.Equal(21, big.Element(Atom + "summary")!.Value.Split('\n').Length);
        Assert.Matches(@"^curator metadata .*: \d+ changes, starting with add paper “", big.Element(Atom + "title")!.Value);
    }

    private static string? Link(XElement element, string rel) =>
        (string?)element.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href");

    private static async Task<(HttpResponseMessage Response, XElement Feed)> GetFeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        return (response, feed);
    }
}
