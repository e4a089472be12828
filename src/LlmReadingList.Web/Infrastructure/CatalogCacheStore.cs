using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>
/// The output cache store, guarded against keeping a page that was rendered from data older than the last eviction.
/// A reader's request that read the catalog just before a change committed finishes after the change's NOTIFY has
/// evicted the cache; stored then, its stale page would be served for the whole expiry. Every eviction advances a
/// generation; a request remembers the generation it started in (<see cref="StartPolicy"/>), and its page is only kept
/// if no eviction happened since.
/// </summary>
internal sealed class CatalogCacheStore(IOutputCacheStore inner, IHttpContextAccessor httpContextAccessor) : IOutputCacheBufferStore
{
    private static readonly object GenerationKey = new();

    private long _generation;

    /// <summary>How many evictions there have been.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // before the eviction: a page stored after this point by a request that started earlier is refused or evicted again
        Interlocked.Increment(ref _generation);
        return inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is IOutputCacheBufferStore buffered)
        {
            return await buffered.TryGetAsync(key, destination, cancellationToken);
        }

        if (await inner.GetAsync(key, cancellationToken) is not { } bytes)
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken);
        return true;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        GuardedSetAsync(tags ?? [], () => inner.SetAsync(key, value, tags, validFor, cancellationToken), cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        GuardedSetAsync(tags.ToArray(), () => inner is IOutputCacheBufferStore buffered
            ? buffered.SetAsync(key, value, tags, validFor, cancellationToken)
            : inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken), cancellationToken);

    private async ValueTask GuardedSetAsync(string[] tags, Func<ValueTask> set, CancellationToken cancellationToken)
    {
        if (httpContextAccessor.HttpContext?.Items[GenerationKey] is not long started)
        {
            await set();
            return;
        }

        if (started != Generation)
        {
            return;
        }

        await set();
        // An eviction between the check and the store may have run before the entry was there: evict again.
        if (started != Generation)
        {
            foreach (var tag in tags)
            {
                await inner.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }

    /// <summary>Remembers the generation a cacheable request started in, before it reads anything.</summary>
    internal sealed class StartPolicy(IOutputCacheStore store) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (store is CatalogCacheStore guarded)
            {
                context.HttpContext.Items[GenerationKey] = guarded.Generation;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
