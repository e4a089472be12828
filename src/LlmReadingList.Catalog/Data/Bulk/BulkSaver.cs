using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        List<Paper> papers;
        List<PaperTitle> titles;
        List<PaperLink> links;
        List<PaperAuthor> credits;
        List<Summary> summaries;
        List<ReviewFlag> flags;
        List<ListEntry> entries;
        List<AuditEntry> audits;
        using (NoChangeDetection(db))
        {
            papers = Added<Paper>(db);
            titles = Added<PaperTitle>(db);
            links = Added<PaperLink>(db);
            credits = Added<PaperAuthor>(db);
            summaries = Added<Summary>(db);
            flags = Added<ReviewFlag>(db);
            entries = Added<ListEntry>(db);
            audits = Added<AuditEntry>(db);
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Papers first: nothing they reference is new, and the rows below reference them.
            // The papers are tracked as Added with temporary keys: the real ones go through their entries.
            var paperIds = await NextIdsAsync<Paper>(db, connection, papers.Count, cancellationToken);
            for (var i = 0; i < papers.Count; i++)
            {
                var key = db.Entry(papers[i]).Property(x => x.Id);
                key.CurrentValue = paperIds[i];
                key.IsTemporary = false;
            }

            await BulkWriters.CopyAsync(db, connection, papers, cancellationToken);
            Saved(db, papers);

            // Keep the dependents out of EF's INSERTs: detached, with change detection off so SaveChanges does not find
            // them again in their papers' collections.
            Detach(db, titles, links, credits, summaries, flags, entries, audits);
            using (NoChangeDetection(db))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            // Principals saved above (sources, lists, authors) now have ids: take them from the navigations.
            TakeKeysFromNavigations(db, titles);
            TakeKeysFromNavigations(db, links);
            TakeKeysFromNavigations(db, credits);
            TakeKeysFromNavigations(db, summaries);
            TakeKeysFromNavigations(db, flags);
            TakeKeysFromNavigations(db, entries);
            await AssignIdsAsync(db, connection, titles, cancellationToken);
            await AssignIdsAsync(db, connection, links, cancellationToken);
            await AssignIdsAsync(db, connection, summaries, cancellationToken);
            await AssignIdsAsync(db, connection, flags, cancellationToken);
            await AssignIdsAsync(db, connection, entries, cancellationToken);
            await AssignIdsAsync(db, connection, audits, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, titles, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, links, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, credits, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, summaries, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, flags, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, entries, cancellationToken);
            await BulkWriters.CopyAsync(db, connection, audits, cancellationToken);
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

    private static void TakeKeysFromNavigations<T>(CatalogDbContext db, List<T> rows)
        where T : class
    {
        var foreignKeys = db.Model.FindEntityType(typeof(T))!.GetForeignKeys()
            .Where(fk => fk.DependentToPrincipal is not null && fk.Properties.Count == 1)
            .Select(fk => (Navigation: fk.DependentToPrincipal!.GetGetter(), PrincipalKey: fk.PrincipalKey.Properties[0].GetGetter(), Property: fk.Properties[0].PropertyInfo!))
            .ToList();
        foreach (var row in rows)
        {
            foreach (var (navigation, principalKey, property) in foreignKeys)
            {
                if (navigation.GetClrValue(row) is { } principal)
                {
                    property.SetValue(row, principalKey.GetClrValue(principal));
                }
            }
        }
    }

    /// <summary>Ids from the table's own sequence, as an INSERT would have drawn them; composite keys need none.</summary>
    private static async Task AssignIdsAsync<T>(CatalogDbContext db, NpgsqlConnection connection, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties;
        if (key.Count != 1 || key[0].ValueGenerated != ValueGenerated.OnAdd)
        {
            return;
        }

        var ids = await NextIdsAsync<T>(db, connection, rows.Count, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            key[0].PropertyInfo!.SetValue(rows[i], ids[i]);
        }
    }

    private static async Task<List<long>> NextIdsAsync<T>(CatalogDbContext db, NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        var ids = new List<long>(count);
        if (count == 0)
        {
            return ids;
        }

        var entityType = db.Model.FindEntityType(typeof(T))!;
        var key = entityType.FindPrimaryKey()!.Properties[0];
        var table = entityType.GetTableName()!;
        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3)", connection);
        command.Parameters.AddWithValue(table);
        command.Parameters.AddWithValue(key.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema()))!);
        command.Parameters.AddWithValue(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
