using System.Net;
using LlmReadingList.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>Only a few requests render from the database at once; the rest queue, and a full queue is told to come back.</summary>
public sealed class RenderGateTests(RenderGateTests.OneRenderAtATime app) : IClassFixture<RenderGateTests.OneRenderAtATime>
{
    public sealed class OneRenderAtATime : CatalogWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(RenderGate.PermitsSetting, "1");
            builder.UseSetting(RenderGate.QueueSetting, "0");
            builder.UseSetting("Catalog:OutputCache", "false");
        }
    }

    [Fact]
    public async Task While_one_page_renders_another_is_shed_with_retry_after_but_health_and_static_files_still_answer()
    {
        using var client = app.CreateClient();
        await using var blocker = app.CreateDbContext();
        await using var transaction = await blocker.Database.BeginTransactionAsync();
        await blocker.Database.ExecuteSqlRawAsync("LOCK TABLE paper, reading_list IN ACCESS EXCLUSIVE MODE");

        var first = client.GetAsync(new Uri("/", UriKind.Relative));
        await WaitUntilAQueryWaitsForTheLockAsync();

        using (var shed = await client.GetAsync(new Uri("/years", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), shed.Headers.RetryAfter?.Delta);
            Assert.Contains("busy", await shed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using (var stylesheet = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        }

        await transaction.RollbackAsync();
        using var rendered = await first;
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        using var next = await client.GetAsync(new Uri("/years", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private async Task WaitUntilAQueryWaitsForTheLockAsync()
    {
        await using var db = app.CreateDbContext();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var waiting = await db.Database
                .SqlQuery<int>($"SELECT count(*)::integer AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync();
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the home page never started waiting for the locked tables");
    }
}
