using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Catalog.Data.Bulk;

/// <summary>
/// SaveChanges for large units of work: new papers and the rows that hang off papers (titles, links, credits,
/// summaries, flags, list entries, audit entries) are written with binary COPY instead of one INSERT each; everything
/// else (new authors, sources and lists, every update and delete) goes through EF Core as usual. All of it runs on the
/// context's connection and transaction, so it commits or rolls back as one. Ids are drawn from the tables' own
/// sequences first, and the copied rows are then tracked as saved, so the context stays consistent.
/// </summary>
internal static class BulkSaver
{
    public static async Task SaveChangesAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        TrackNewDependents(db);
        db.ChangeTracker.DetectChanges();
        var scope = NoChangeDetection(db);
        var papers = Added<Paper>(db);
        var titles = Added<PaperTitle>(db);
        var links = Added<PaperLink>(db);
        var credits = Added<PaperAuthor>(db);
        var summaries = Added<Summary>(db);
        var flags = Added<ReviewFlag>(db);
        var entries = Added<ListEntry>(db);
        var audits = Added<AuditEntry>(db);
        scope.Dispose();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Papers first: nothing they reference is new, and the rows below reference them.
            // The papers are tracked as Added with temporary keys: the real ones go through their entries.
            await AssignIdsAsync(connection, "paper", papers, (p, id) =>
            {
                var key = db.Entry(p).Property(x => x.Id);
                key.CurrentValue = id;
                key.IsTemporary = false;
            }, cancellationToken);
            await BulkWriters.PapersAsync(connection, papers, cancellationToken);
            Saved(db, papers);

            // Keep the dependents out of EF's INSERTs: detached, with change detection off so SaveChanges does not find
            // them again in their papers' collections.
            Detach(db, titles, links, credits, summaries, flags, entries, audits);
            var detect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detect;
            }

            // Principals saved above (sources, lists, authors) now have ids: take them from the navigations.
            foreach (var t in titles)
            {
                t.PaperId = t.Paper?.Id ?? t.PaperId;
                t.SourceId = t.Source?.Id ?? t.SourceId;
            }

            foreach (var l in links)
            {
                l.PaperId = l.Paper?.Id ?? l.PaperId;
                l.SourceId = l.Source?.Id ?? l.SourceId;
            }

            foreach (var c in credits)
            {
                c.PaperId = c.Paper?.Id ?? c.PaperId;
                c.AuthorId = c.Author?.Id ?? c.AuthorId;
                c.SourceId = c.Source?.Id ?? c.SourceId;
            }

            foreach (var s in summaries)
            {
                s.PaperId = s.Paper?.Id ?? s.PaperId;
                s.SourceId = s.Source?.Id ?? s.SourceId;
            }

            foreach (var f in flags)
            {
                f.PaperId = f.Paper?.Id ?? f.PaperId;
                f.SourceId = f.Source?.Id ?? f.SourceId;
            }

            foreach (var e in entries)
            {
                e.ListId = e.List?.Id ?? e.ListId;
                e.PaperId = e.Paper?.Id ?? e.PaperId;
            }

            await AssignIdsAsync(connection, "paper_title", titles, (t, id) => t.Id = id, cancellationToken);
            await AssignIdsAsync(connection, "paper_link", links, (l, id) => l.Id = id, cancellationToken);
            await AssignIdsAsync(connection, "summary", summaries, (s, id) => s.Id = id, cancellationToken);
            await AssignIdsAsync(connection, "review_flag", flags, (f, id) => f.Id = id, cancellationToken);
            await AssignIdsAsync(connection, "list_entry", entries, (e, id) => e.Id = id, cancellationToken);
            await AssignIdsAsync(connection, "audit_entry", audits, (a, id) => a.Id = id, cancellationToken);
            await BulkWriters.TitlesAsync(connection, titles, cancellationToken);
            await BulkWriters.LinksAsync(connection, links, cancellationToken);
            await BulkWriters.CreditsAsync(connection, credits, cancellationToken);
            await BulkWriters.SummariesAsync(connection, summaries, cancellationToken);
            await BulkWriters.FlagsAsync(connection, flags, cancellationToken);
            await BulkWriters.ListEntriesAsync(connection, entries, cancellationToken);
            await BulkWriters.AuditEntriesAsync(connection, audits, cancellationToken);
            Saved(db, titles, links, credits, summaries, flags, entries, audits);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Starts tracking rows added to tracked papers' and lists' collections. DetectChanges would find them too, but at
    /// about ten times the cost per row (it diffs every collection against its snapshot).
    /// </summary>
    private static void TrackNewDependents(CatalogDbContext db)
    {
        using var _ = NoChangeDetection(db);
        var papers = db.ChangeTracker.Entries<Paper>().Select(e => e.Entity).ToList();
        var lists = db.ChangeTracker.Entries<ReadingList>().Select(e => e.Entity).ToList();
        foreach (var paper in papers)
        {
            TrackAdded(db, paper.Titles);
            TrackAdded(db, paper.Links);
            TrackAdded(db, paper.Authors);
            TrackAdded(db, paper.Summaries);
            TrackAdded(db, paper.Flags);
            TrackAdded(db, paper.ListEntries);
        }

        foreach (var list in lists)
        {
            TrackAdded(db, list.Entries);
        }
    }

    private static void TrackAdded<T>(CatalogDbContext db, List<T> rows)
        where T : class
    {
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            if (entry.State == EntityState.Detached)
            {
                entry.State = EntityState.Added;
            }
        }
    }

    private static ChangeDetectionScope NoChangeDetection(CatalogDbContext db) => new(db);

    private sealed class ChangeDetectionScope : IDisposable
    {
        private readonly CatalogDbContext _db;
        private readonly bool _was;

        public ChangeDetectionScope(CatalogDbContext db)
        {
            _db = db;
            _was = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _db.ChangeTracker.AutoDetectChangesEnabled = _was;
    }

    private static List<T> Added<T>(CatalogDbContext db)
        where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    private static void Detach(CatalogDbContext db, params System.Collections.IEnumerable[] groups)
    {
        // Entry() would otherwise look for changes on every call: quadratic over a large unit of work.
        using var _ = NoChangeDetection(db);
        foreach (var group in groups)
        {
            foreach (var entity in group)
            {
                db.Entry(entity).State = EntityState.Detached;
            }
        }
    }

    private static void Saved(CatalogDbContext db, params System.Collections.IEnumerable[] groups)
    {
        using var _ = NoChangeDetection(db);
        foreach (var group in groups)
        {
            foreach (var entity in group)
            {
                db.Entry(entity).State = EntityState.Unchanged;
            }
        }
    }

    private static async Task AssignIdsAsync<T>(NpgsqlConnection connection, string table, List<T> rows, Action<T, long> assign, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1)", connection);
        command.Parameters.AddWithValue(rows.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var i = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            assign(rows[i++], reader.GetInt64(0));
        }
    }
}
