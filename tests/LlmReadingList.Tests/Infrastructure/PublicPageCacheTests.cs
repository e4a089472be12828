using System.Diagnostics;
using System.Net;
using LlmReadingList.Tests.Infrastructure;
using LlmReadingList.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>Readers' pages come from the output cache until the catalog changes, whoever changes it; curators never get cached pages.</summary>
public sealed class PublicPageCacheTests(CuratorWebApp app) : IClassFixture<CuratorWebApp>
{
    [Fact]
    public async Task A_repeated_parameter_in_another_order_is_another_cached_page()
    {
        using var client = app.CreateClient();
        var later = await client.GetStringAsync(new Uri("/search?year=2018&year=2017", UriKind.Relative));
        using var cached = await client.GetAsync(new Uri("/search?year=2018&year=2017", UriKind.Relative));
        Assert.True(cached.Headers.Age is not null, "the second response should come from the output cache");

        var earlier = await client.GetStringAsync(new Uri("/search?year=2017&year=2018", UriKind.Relative));

        // each page reads its first value, however the cache holds them
        Assert.True(FiltersInUse(later).Contains("Year 2018", StringComparison.Ordinal), FiltersInUse(later));
        Assert.Contains("Year 2017", FiltersInUse(earlier), StringComparison.Ordinal);
    }

    private static string FiltersInUse(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".search-filters")?.TextContent ?? string.Empty;

    [Fact]
    public async Task A_reader_gets_the_cached_page_until_a_write_from_another_process_evicts_it()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri("/lists/personal-learning-space", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/lists/personal-learning-space", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, "the second response should come from the output cache");

        // A write that does not go through the web app at all (as an import command in another process would).
        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE reading_list SET title = 'My personal learning space (renamed)' WHERE slug = 'personal-learning-space'");
        }

        var stopwatch = Stopwatch.StartNew();
        string html;
        do
        {
            await Task.Delay(50);
            html = await client.GetStringAsync(new Uri("/lists/personal-learning-space", UriKind.Relative));
        }
        while (!html.Contains("(renamed)", StringComparison.Ordinal) && stopwatch.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Contains("My personal learning space (renamed)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_apps_output_cache_store_is_guarded_against_pages_older_than_the_last_eviction() =>
        Assert.IsType<CatalogCacheStore>(app.Factory.Services.GetRequiredService<IOutputCacheStore>());

    [Fact]
    public async Task Signed_in_curators_never_get_a_cached_page()
    {
        using var reader = app.CreateClient();
        await reader.GetAsync(new Uri("/lists/llm-papers-40", UriKind.Relative));
        using var curator = await app.SignedInAsync(CuratorWebApp.Curator);

        using var response = await curator.GetAsync(new Uri("/lists/llm-papers-40", UriKind.Relative));

        Assert.Null(response.Headers.Age);
        Assert.Contains("Edit list", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
