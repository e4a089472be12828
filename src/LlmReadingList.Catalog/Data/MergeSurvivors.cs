using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Data;

/// <summary>A record that is not merged away: its id, slug and title (a paper) or name (an author).</summary>
public sealed record MergeSurvivor(long Id, string Slug, string Name);

/// <summary>
/// Where a paper's or author's record lives now: a merge into a record that was itself merged later is followed to
/// the end. Every page, API resource, export and curator lookup that meets a merged or redirected id asks here.
/// </summary>
public static class MergeSurvivors
{
    /// <summary>A chain longer than this (or a cycle, which merging forbids) is bad data: nothing is found.</summary>
    public const int MaxHops = 10;

    /// <summary>The paper carrying <paramref name="id"/>'s record now (itself unless merged); null when there is none.</summary>
    public static Task<MergeSurvivor?> PaperAsync(CatalogDbContext db, long id, CancellationToken cancellationToken) =>
        FollowAsync(id, next => db.Papers.AsNoTracking().Where(p => p.Id == next)
            .Select(p => new Hop(p.Slug, p.Title, p.MergedIntoId)).SingleOrDefaultAsync(cancellationToken));

    /// <summary>The author carrying <paramref name="id"/>'s record now (itself unless merged); null when there is none.</summary>
    public static Task<MergeSurvivor?> AuthorAsync(CatalogDbContext db, long id, CancellationToken cancellationToken) =>
        FollowAsync(id, next => db.Authors.AsNoTracking().Where(a => a.Id == next)
            .Select(a => new Hop(a.Slug, a.Name, a.MergedIntoId)).SingleOrDefaultAsync(cancellationToken));

    private static async Task<MergeSurvivor?> FollowAsync(long id, Func<long, Task<Hop?>> read)
    {
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (await read(id) is not { } row)
            {
                return null;
            }

            if (row.MergedIntoId is not { } next)
            {
                return new MergeSurvivor(id, row.Slug, row.Name);
            }

            id = next;
        }

        return null;
    }

    private sealed record Hop(string Slug, string Name, long? MergedIntoId);
}
