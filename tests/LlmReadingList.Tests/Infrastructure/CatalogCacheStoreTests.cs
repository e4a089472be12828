using LlmReadingList.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// A reader's page rendered from data read before a change committed is never kept once the change's eviction has run:
/// the request that started before an eviction does not store its page, even when the eviction lands during the store.
/// </summary>
public sealed class CatalogCacheStoreTests
{
    private static readonly byte[] Page = [1, 2, 3];
    private static readonly string[] Tags = ["catalog"];

    [Fact]
    public async Task A_page_from_a_request_that_started_after_the_last_eviction_is_kept()
    {
        var (store, inner, request) = Create();
        await store.EvictByTagAsync("catalog", CancellationToken.None);
        await StartAsync(store, request);

        await store.SetAsync("/lists/x", Page, Tags, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(Page, await store.GetAsync("/lists/x", CancellationToken.None));
        Assert.True(inner.Entries.ContainsKey("/lists/x"));
    }

    [Fact]
    public async Task A_page_from_a_request_that_started_before_an_eviction_is_not_kept()
    {
        var (store, inner, request) = Create();
        await StartAsync(store, request);
        await store.EvictByTagAsync("catalog", CancellationToken.None); // the change commits while the page renders

        await store.SetAsync("/lists/x", Page, Tags, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Empty(inner.Entries);
        Assert.Null(await store.GetAsync("/lists/x", CancellationToken.None));
    }

    [Fact]
    public async Task An_eviction_that_lands_while_the_page_is_being_stored_still_removes_it()
    {
        var (store, inner, request) = Create();
        await StartAsync(store, request);
        // the eviction runs after the store's check but before the entry is in the inner store
        inner.BeforeSet = () => store.EvictByTagAsync("catalog", CancellationToken.None).AsTask();

        await store.SetAsync("/lists/x", Page, Tags, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Empty(inner.Entries);
    }

    private static (CatalogCacheStore Store, FakeStore Inner, HttpContext Request) Create()
    {
        var inner = new FakeStore();
        var request = new DefaultHttpContext();
        var store = new CatalogCacheStore(inner, new HttpContextAccessor { HttpContext = request });
        return (store, inner, request);
    }

    private static async Task StartAsync(CatalogCacheStore store, HttpContext request) =>
        await ((IOutputCachePolicy)new CatalogCacheStore.StartPolicy(store)).CacheRequestAsync(new OutputCacheContext { HttpContext = request }, CancellationToken.None);

    private sealed class FakeStore : IOutputCacheStore
    {
        public Dictionary<string, (byte[] Value, string[] Tags)> Entries { get; } = [];

        public Func<Task>? BeforeSet { get; set; }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            foreach (var key in Entries.Where(e => e.Value.Tags.Contains(tag)).Select(e => e.Key).ToList())
            {
                Entries.Remove(key);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Entries.TryGetValue(key, out var entry) ? entry.Value : null);

        public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            if (BeforeSet is { } beforeSet)
            {
                BeforeSet = null;
                await beforeSet();
            }

            Entries[key] = (value, tags ?? []);
        }
    }
}
