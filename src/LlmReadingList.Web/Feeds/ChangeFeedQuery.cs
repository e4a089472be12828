using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Feeds;

/// <summary>One audit entry with the record it is about, named for readers (a summary or flag by its paper).</summary>
public sealed class ChangeRow
{
    public Guid ChangeSet { get; init; }

    public DateTimeOffset SetAt { get; init; }

    public int SetSize { get; init; }

    public long Id { get; init; }

    public string Actor { get; init; } = string.Empty;

    public string Action { get; init; } = string.Empty;

    public string EntityType { get; init; } = string.Empty;

    public long EntityId { get; init; }

    public string? Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public string? PageKind { get; init; }

    public string? PageSlug { get; init; }

    public string? Label { get; init; }
}

/// <summary>The newest change sets of the audit history, each with its first entries, in one SQL command.</summary>
public sealed class ChangeFeedQuery(CatalogDbContext db)
{
    public async Task<IReadOnlyList<IGrouping<Guid, ChangeRow>>> NewestAsync(int sets, int entriesPerSet, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<ChangeRow>($"""
            WITH sets AS (
                SELECT change_set, max(at) AS set_at, count(*)::int AS set_size
                FROM audit_entry GROUP BY change_set
                ORDER BY max(at) DESC, change_set LIMIT {sets}
            ), ranked AS (
                SELECT a.*, row_number() OVER (PARTITION BY a.change_set ORDER BY a.id) AS n
                FROM audit_entry a JOIN sets USING (change_set)
            )
            SELECT r.change_set AS "ChangeSet", s.set_at AS "SetAt", s.set_size AS "SetSize", r.id AS "Id",
                   r.actor AS "Actor", r.action AS "Action", r.entity_type AS "EntityType", r.entity_id AS "EntityId",
                   r.field AS "Field", r.old_value AS "OldValue", r.new_value AS "NewValue",
                   CASE WHEN p.id IS NOT NULL THEN 'paper' WHEN l.id IS NOT NULL THEN 'list'
                        WHEN au.id IS NOT NULL THEN 'author' WHEN t.id IS NOT NULL THEN 'tag' END AS "PageKind",
                   coalesce(p.slug, l.slug, au.slug, t.slug) AS "PageSlug",
                   coalesce(p.title, l.title, au.name, t.name) AS "Label"
            FROM ranked r
            JOIN sets s USING (change_set)
            LEFT JOIN summary su ON r.entity_type = 'summary' AND su.id = r.entity_id
            LEFT JOIN review_flag f ON r.entity_type = 'review_flag' AND f.id = r.entity_id
            LEFT JOIN paper p ON p.id = CASE r.entity_type WHEN 'paper' THEN r.entity_id WHEN 'summary' THEN su.paper_id
                                                           WHEN 'review_flag' THEN f.paper_id END
            LEFT JOIN reading_list l ON r.entity_type = 'list' AND l.id = r.entity_id
            LEFT JOIN author au ON r.entity_type = 'author' AND au.id = r.entity_id
            LEFT JOIN tag t ON r.entity_type = 'tag' AND t.id = r.entity_id
            WHERE r.n <= {entriesPerSet}
            ORDER BY s.set_at DESC, r.change_set, r.id
            """).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ChangeSet).ToList();
    }
}
