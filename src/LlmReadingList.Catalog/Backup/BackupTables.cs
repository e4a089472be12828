namespace LlmReadingList.Catalog.Backup;

public enum BackupColumnType
{
    BigInt,
    Int4,
    Text,
    Timestamp,
    Date,
    Uuid,
    TextArray,
}

public sealed record BackupColumn(string Name, BackupColumnType Type, bool Nullable = false);

/// <param name="Deferred">A column pointing at a row of the same table (a merge), written after all rows exist.</param>
public sealed record BackupTable(string Name, string OrderBy, bool HasIdentity, IReadOnlyList<BackupColumn> Columns, string? Deferred = null);

/// <summary>
/// Every catalog table a backup holds, parents before children (the order restore inserts them), with every column.
/// Not included: Identity's users, roles and sign-in data (accounts are not part of the catalog), the migrations
/// history (restore migrates first), paper_search and title_word (the database's triggers rebuild them from the restored
/// rows).
/// The backup tests compare this list with the migrated schema, so a new column cannot be forgotten.
/// </summary>
public static class BackupTables
{
    public static IReadOnlyList<BackupTable> All { get; } =
    [
        new("source", "id", true,
        [
            Id, Text("key"), Text("title"), Text("url", true), Text("language"), new("published_on", BackupColumnType.Date, true),
            Text("publisher", true), Text("parser"), Text("file_name"), Text("content_hash"), Time("imported_at"),
        ]),
        new("tag", "id", true, [Id, Text("name"), Text("slug"), Text("description", true)]),
        new("author", "id", true,
        [
            Id, Text("name"), Text("slug"), Text("kind"), Ref("merged_into_id", true), Time("created_at"), Time("updated_at"), Curated,
        ], Deferred: "merged_into_id"),
        new("author_alias", "id", true, [Id, Ref("author_id"), Text("name"), Text("name_key")]),
        new("paper", "id", true,
        [
            Id, Text("title"), Text("title_key"), Text("slug"), new("year", BackupColumnType.Int4, true), Text("arxiv_id", true),
            Ref("merged_into_id", true), Time("created_at"), Time("updated_at"), Curated,
        ], Deferred: "merged_into_id"),
        new("paper_title", "id", true, [Id, Ref("paper_id"), Text("title"), Text("title_key"), Text("language"), Ref("source_id", true)]),
        new("paper_link", "id", true, [Id, Ref("paper_id"), Text("url"), Text("kind"), Ref("source_id", true)]),
        new("paper_author", "paper_id, author_id", false,
            [Ref("paper_id"), Ref("author_id"), new("position", BackupColumnType.Int4), Text("credit_line", true), Ref("source_id", true)]),
        new("paper_tag", "paper_id, tag_id", false, [Ref("paper_id"), Ref("tag_id")]),
        new("summary", "id", true,
        [
            Id, Ref("paper_id"), Ref("source_id"), Text("heading", true), Text("body_markdown"), Text("language"), Text("credit_line", true),
            Time("created_at"), Time("updated_at"), Curated,
        ]),
        new("reading_list", "id", true,
        [
            Id, Text("slug"), Text("title"), Text("description", true), Text("language", true), Ref("source_id", true),
            Time("created_at"), Time("updated_at"), Curated,
        ]),
        new("list_entry", "id", true,
            [Id, Ref("list_id"), Ref("paper_id"), new("position", BackupColumnType.Int4), Text("section", true), Text("note", true)]),
        new("review_flag", "id", true,
        [
            Id, Ref("paper_id"), Text("kind"), Text("reason"), Ref("source_id", true), Ref("related_paper_id", true), Time("created_at"),
            Time("resolved_at", true), Text("resolved_by", true), Text("resolution", true),
        ]),
        new("slug_redirect", "entity_type, old_slug", false, [Text("entity_type"), Text("old_slug"), Ref("target_id"), Time("created_at")]),
        new("import_run", "id", true,
        [
            Id, Time("started_at"), Time("finished_at"), Text("file_name"), Text("source_key", true), Text("content_hash", true), Text("status"),
            Int("entries"), Int("new_papers"), Int("merged_papers"), Int("summaries"), Int("flags"), Int("warnings"), Text("message", true),
        ]),
        new("audit_entry", "id", true,
        [
            Id, Time("at"), Text("actor"), Text("user_id", true), new("change_set", BackupColumnType.Uuid), Text("action"), Text("entity_type"),
            Ref("entity_id"), Text("field", true), Text("old_value", true), Text("new_value", true),
        ]),
    ];

    private static BackupColumn Id => new("id", BackupColumnType.BigInt);

    private static BackupColumn Curated => new("curated_fields", BackupColumnType.TextArray);

    private static BackupColumn Ref(string name, bool nullable = false) => new(name, BackupColumnType.BigInt, nullable);

    private static BackupColumn Text(string name, bool nullable = false) => new(name, BackupColumnType.Text, nullable);

    private static BackupColumn Time(string name, bool nullable = false) => new(name, BackupColumnType.Timestamp, nullable);

    private static BackupColumn Int(string name) => new(name, BackupColumnType.Int4);
}
