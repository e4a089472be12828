using LlmReadingList.Catalog.Data.Model;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Catalog.Data.Bulk;

/// <summary>Binary COPY of each bulk-written table, column by column; the column lists are the tables' own.</summary>
internal static class BulkWriters
{
    public static Task PapersAsync(NpgsqlConnection connection, List<Paper> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "paper (id, title, title_key, slug, year, arxiv_id, merged_into_id, created_at, updated_at, curated_fields)", rows, async (w, p, ct) =>
        {
            await w.WriteAsync(p.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(p.Title, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.TitleKey, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Slug, NpgsqlDbType.Varchar, ct);
            await Nullable(w, p.Year, NpgsqlDbType.Integer, ct);
            await Nullable(w, p.ArxivId, NpgsqlDbType.Varchar, ct);
            await Nullable(w, p.MergedIntoId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(p.CuratedFields.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        }, cancellationToken);

    public static Task TitlesAsync(NpgsqlConnection connection, List<PaperTitle> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "paper_title (id, paper_id, title, title_key, language, source_id)", rows, async (w, t, ct) =>
        {
            await w.WriteAsync(t.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(t.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(t.Title, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(t.TitleKey, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(t.Language, NpgsqlDbType.Varchar, ct);
            await Nullable(w, t.SourceId, NpgsqlDbType.Bigint, ct);
        }, cancellationToken);

    public static Task LinksAsync(NpgsqlConnection connection, List<PaperLink> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "paper_link (id, paper_id, url, kind, source_id)", rows, async (w, l, ct) =>
        {
            await w.WriteAsync(l.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(l.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(l.Url, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(SnakeCaseEnum<LinkKind>.ToText(l.Kind), NpgsqlDbType.Varchar, ct);
            await Nullable(w, l.SourceId, NpgsqlDbType.Bigint, ct);
        }, cancellationToken);

    public static Task CreditsAsync(NpgsqlConnection connection, List<PaperAuthor> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "paper_author (paper_id, author_id, position, credit_line, source_id)", rows, async (w, c, ct) =>
        {
            await w.WriteAsync(c.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(c.AuthorId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(c.Position, NpgsqlDbType.Integer, ct);
            await Nullable(w, c.CreditLine, NpgsqlDbType.Varchar, ct);
            await Nullable(w, c.SourceId, NpgsqlDbType.Bigint, ct);
        }, cancellationToken);

    public static Task SummariesAsync(NpgsqlConnection connection, List<Summary> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "summary (id, paper_id, source_id, heading, body_markdown, language, credit_line, created_at, updated_at, curated_fields)", rows, async (w, s, ct) =>
        {
            await w.WriteAsync(s.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(s.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(s.SourceId, NpgsqlDbType.Bigint, ct);
            await Nullable(w, s.Heading, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(s.BodyMarkdown, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(s.Language, NpgsqlDbType.Varchar, ct);
            await Nullable(w, s.CreditLine, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(s.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(s.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(s.CuratedFields.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        }, cancellationToken);

    public static Task FlagsAsync(NpgsqlConnection connection, List<ReviewFlag> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "review_flag (id, paper_id, kind, reason, source_id, related_paper_id, created_at, resolved_at, resolved_by, resolution)", rows, async (w, f, ct) =>
        {
            await w.WriteAsync(f.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(f.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(SnakeCaseEnum<ReviewFlagKind>.ToText(f.Kind), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(f.Reason, NpgsqlDbType.Varchar, ct);
            await Nullable(w, f.SourceId, NpgsqlDbType.Bigint, ct);
            await Nullable(w, f.RelatedPaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(f.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await Nullable(w, f.ResolvedAt, NpgsqlDbType.TimestampTz, ct);
            await Nullable(w, f.ResolvedBy, NpgsqlDbType.Varchar, ct);
            await Nullable(w, f.Resolution, NpgsqlDbType.Varchar, ct);
        }, cancellationToken);

    public static Task ListEntriesAsync(NpgsqlConnection connection, List<ListEntry> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "list_entry (id, list_id, paper_id, position, section, note)", rows, async (w, e, ct) =>
        {
            await w.WriteAsync(e.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(e.ListId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(e.PaperId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(e.Position, NpgsqlDbType.Integer, ct);
            await Nullable(w, e.Section, NpgsqlDbType.Varchar, ct);
            await Nullable(w, e.Note, NpgsqlDbType.Varchar, ct);
        }, cancellationToken);

    public static Task AuditEntriesAsync(NpgsqlConnection connection, List<AuditEntry> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, "audit_entry (id, at, actor, user_id, change_set, action, entity_type, entity_id, field, old_value, new_value)", rows, async (w, a, ct) =>
        {
            await w.WriteAsync(a.Id, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(a.At, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(a.Actor, NpgsqlDbType.Varchar, ct);
            await Nullable(w, a.UserId, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.ChangeSet, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.Action, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.EntityType, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.EntityId, NpgsqlDbType.Bigint, ct);
            await Nullable(w, a.Field, NpgsqlDbType.Varchar, ct);
            await Nullable(w, a.OldValue, NpgsqlDbType.Text, ct);
            await Nullable(w, a.NewValue, NpgsqlDbType.Text, ct);
        }, cancellationToken);

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string target, List<T> rows, Func<NpgsqlBinaryImporter, T, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await write(importer, row, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task Nullable<TValue>(NpgsqlBinaryImporter writer, TValue? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
