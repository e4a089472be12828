using System.Net;
using AngleSharp.Html.Parser;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Pages.Curate;

/// <summary>The review queue over a seed imported without curator metadata: 004's provisional paper is fixed in one action.</summary>
public sealed class ReviewQueueTests(ReviewQueueTests.UncuratedSeed app) : IClassFixture<ReviewQueueTests.UncuratedSeed>
{
    [Fact]
    public async Task The_queue_lists_every_open_flag_with_its_reason()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/curate/review", UriKind.Relative)));

        var items = page.QuerySelectorAll(".review-item").Select(i => i.TextContent).ToList();
        await using var db = app.CreateDbContext();
        Assert.Equal(await db.ReviewFlags.CountAsync(f => f.ResolvedAt == null), items.Count);
        Assert.Contains(items, i => i.Contains("Multi-Method Self-Training (MMST)", StringComparison.Ordinal) && i.Contains("gives no title", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("ConflictingArxivId", StringComparison.Ordinal) && i.Contains("2310.14820", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fixing_the_provisional_paper_from_the_queue_saves_it_and_resolves_its_flags_in_one_action()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        await using var db = app.CreateDbContext();
        var paper = await db.Papers.AsNoTracking().SingleAsync(p => p.Title == "Multi-Method Self-Training (MMST)");

        using var response = await CuratorWebApp.PostFormAsync(client, "/curate/review?handler=Fix", new()
        {
            ["input.PaperId"] = paper.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["input.PaperVersion"] = paper.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["input.Title"] = "Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa",
            ["input.Year"] = "2023",
            ["input.ArxivId"] = "https://arxiv.org/abs/2307.10633v1",
        }, formPage: "/curate/review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.CreateDbContext();
        var fixedPaper = await check.Papers.AsNoTracking().Include(p => p.Flags).SingleAsync(p => p.Id == paper.Id);
        Assert.Equal(("Multi-Method Self-Training: Improving Code Generation With Text, And Vice Versa", (int?)2023, "2307.10633"),
            (fixedPaper.Title, fixedPaper.Year, fixedPaper.ArxivId));
        Assert.All(fixedPaper.Flags, f => Assert.Equal(CuratorWebApp.Curator, f.ResolvedBy));
        Assert.Contains(fixedPaper.Flags, f => f.Kind == ReviewFlagKind.ProvisionalTitle);
        Assert.Contains(fixedPaper.Flags, f => f.Kind == ReviewFlagKind.MissingYear);
        using var publicPage = await client.GetAsync(new Uri("/curate/review", UriKind.Relative));
        Assert.DoesNotContain("Multi-Method Self-Training (MMST)", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_flag_resolved_records_who_and_why()
    {
        using var client = await app.SignedInAsync(CuratorWebApp.Curator);
        await using var db = app.CreateDbContext();
        var flag = await db.ReviewFlags.AsNoTracking().SingleAsync(f => f.Kind == ReviewFlagKind.NotAPaper && f.Paper!.Title == "Mixed Expert Models");

        using var response = await CuratorWebApp.PostFormAsync(client, "/curate/review?handler=Resolve", new()
        {
            ["input.FlagId"] = flag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["input.FlagVersion"] = flag.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["input.Note"] = "A blog post worth keeping in the list.",
        }, formPage: "/curate/review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.CreateDbContext();
        var resolved = await check.ReviewFlags.AsNoTracking().SingleAsync(f => f.Id == flag.Id);
        Assert.Equal((CuratorWebApp.Curator, "A blog post worth keeping in the list."), (resolved.ResolvedBy, resolved.Resolution));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.EntityType == "review_flag" && a.EntityId == flag.Id && a.Actor == CuratorWebApp.Curator));
    }

    public sealed class UncuratedSeed : CuratorWebApp
    {
        protected override bool ApplyCuratorMetadata => false;
    }
}
