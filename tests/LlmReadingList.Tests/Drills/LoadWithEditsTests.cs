using LlmReadingList.Drills.Load;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Drills;

/// <summary>CI version of the load drill: 20 s of reads and curator edits at 16 connections; no 5xx, every acknowledged edit kept and audited.</summary>
public sealed class LoadWithEditsTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public async Task Twenty_seconds_of_reads_and_edits_give_no_5xx_and_lose_no_acknowledged_edit()
    {
        var (readPaths, paperIds) = await WorkloadAsync();
        using var readers = app.CreateClient();
        var editors = new List<HttpClient>();
        foreach (var account in new[] { CuratorWebApp.Curator, CuratorWebApp.SecondCurator, CuratorWebApp.Admin, CuratorWebApp.Curator })
        {
            editors.Add(await app.SignedInAsync(account));
        }

        var outcome = await LoadRun.RunAsync(new LoadOptions
        {
            Readers = readers,
            Editors = editors,
            ReadPaths = readPaths,
            PaperIds = paperIds,
            Connections = 16,
            Duration = TimeSpan.FromSeconds(20),
        });
        editors.ForEach(e => e.Dispose());

        Assert.True(outcome.ServerErrors == 0 && outcome.TransportErrors == 0, outcome.StatusLine() + " " + string.Join("; ", outcome.Errors.Keys));
        Assert.True(outcome.Total > 200, $"only {outcome.Total} responses in 20 s");
        Assert.True(outcome.Acknowledged.Count >= 8, $"only {outcome.Acknowledged.Count} edits acknowledged ({outcome.StatusLine()})");
        var check = await EditLedger.CheckAsync(app.ConnectionString, outcome);
        Assert.True(check.AllPresent, check.Summary);
    }

    private async Task<(List<string> ReadPaths, List<long> PaperIds)> WorkloadAsync()
    {
        await using var db = app.CreateDbContext();
        var papers = await db.Papers.AsNoTracking().Where(p => p.MergedIntoId == null).OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug }).ToListAsync();
        var lists = await db.ReadingLists.AsNoTracking().Select(l => l.Slug).ToListAsync();
        List<string> paths = ["/", "/lists", "/authors", "/tags", "/years", "/search?q=attention", "/search?q=注意力", "/search?q=lora+2021"];
        paths.AddRange(lists.Select(s => $"/lists/{s}"));
        paths.AddRange(papers.Select(p => $"/papers/{p.Slug}"));
        return (paths, papers.Take(16).Select(p => p.Id).ToList());
    }
}
