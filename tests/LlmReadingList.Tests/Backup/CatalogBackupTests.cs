using System.Text;
using LlmReadingList.Catalog.Backup;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Tests.Backup;

/// <summary>Export and restore: a full round trip loses and changes nothing; a refused restore changes nothing.</summary>
public sealed class CatalogBackupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_restored_backup_equals_the_catalog_it_was_taken_from_row_by_row()
    {
        await using var source = await CuratedCatalog.CreateAsync();
        var backup = await ExportAsync(source);
        await using var target = await TestDatabase.CreateAsync();

        var restored = await RestoreAsync(target, backup);

        var expected = await DatabaseSnapshot.TakeContentAsync(source);
        var actual = await DatabaseSnapshot.TakeContentAsync(target);
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.Count > 0, $"the source has no {table} rows, so the round trip proves nothing for it");
            Assert.True(rows.SequenceEqual(actual[table]), $"table {table} differs after the round trip");
        }

        Assert.Equal(80, restored.Tables.Single(t => t.Table == "paper").Rows);
        Assert.Equal(BackupTables.All.Select(t => t.Name), restored.Tables.Select(t => t.Table));
    }

    [Fact]
    public async Task Restored_identity_sequences_continue_after_the_highest_id()
    {
        await using var source = await CuratedCatalog.CreateAsync();
        await using var target = await TestDatabase.CreateAsync();
        await RestoreAsync(target, await ExportAsync(source));

        await using var db = target.CreateDbContext();
        var highest = await db.Papers.MaxAsync(p => p.Id);
        var paper = new Paper { Title = "Written after the restore", Slug = "written-after-the-restore" };
        db.Papers.Add(paper);
        db.AuditEntries.Add(new AuditEntry { Actor = "test", Action = "create", EntityType = "paper", ChangeSet = Guid.NewGuid() });
        await db.SaveChangesAsync();

        Assert.Equal(highest + 1, paper.Id);
    }

    [Fact]
    public async Task A_backup_has_its_format_header_and_never_holds_accounts_or_password_hashes()
    {
        await using var source = await CuratedCatalog.CreateAsync();

        var text = Encoding.UTF8.GetString(await ExportAsync(source));

        Assert.StartsWith("{\n  \"format\": \"llm-reading-list-backup\",\n  \"formatVersion\": 1,", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"\"schemaVersion\": \"{Migrations.Latest}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CuratedCatalog.PasswordHash, text, StringComparison.Ordinal);
        Assert.DoesNotContain("stamp-never-in-a-backup", text, StringComparison.Ordinal);
        Assert.DoesNotContain("curator@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\": \"paper_search\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\": \"identity_user\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_into_a_catalog_that_has_records_is_refused_and_touches_nothing()
    {
        await using var source = await CuratedCatalog.CreateAsync();
        var backup = await ExportAsync(source);
        await using var target = await TestDatabase.CreateAsync();
        await target.ImportSeedAsync();
        var before = await DatabaseSnapshot.TakeAsync(target);
        var runs = await DatabaseSnapshot.CountAsync(target, "SELECT count(*) FROM import_run");

        var refused = await Assert.ThrowsAsync<CatalogNotEmptyException>(() => RestoreAsync(target, backup));

        Assert.StartsWith("restore needs an empty catalog, but this database already has 80 paper row(s), 5 source row(s)", refused.Message, StringComparison.Ordinal);
        var after = await DatabaseSnapshot.TakeAsync(target);
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"table {table} changed");
        }

        Assert.Equal(runs, await DatabaseSnapshot.CountAsync(target, "SELECT count(*) FROM import_run"));
    }

    [Theory]
    [InlineData("truncated", "the file ends before the backup is complete (it looks truncated")]
    [InlineData("not json", "the file is not valid JSON")]
    [InlineData("another format", "it is not an LLM Reading List backup (format \"something-else\")")]
    [InlineData("newer format version", "it has format version 2; this version of the catalog reads version 1")]
    [InlineData("unknown column", "row 1 of table \"source\": unknown column \"colour\"")]
    [InlineData("wrong row count", "table \"tag\" should have 999 rows but has 8")]
    [InlineData("rejected by the schema", "table \"audit_entry\" does not fit this catalog (new row for relation \"audit_entry\" violates check constraint \"ck_audit_entry_actor_not_blank\"")]
    public async Task A_malformed_backup_is_refused_with_the_reason_and_nothing_is_restored(string damage, string reason)
    {
        await using var source = await CuratedCatalog.CreateAsync();
        var backup = Damage(await ExportAsync(source), damage);
        await using var target = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<BackupFormatException>(() => RestoreAsync(target, backup));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        foreach (var table in BackupTables.All)
        {
            Assert.Equal(0, await DatabaseSnapshot.CountAsync(target, $"SELECT count(*) FROM {table.Name}"));
        }
    }

    [Fact]
    public async Task The_backup_covers_every_column_of_every_catalog_table_in_the_migrated_schema()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name, c.is_nullable = 'YES'
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND c.table_name NOT LIKE 'identity\_%' AND c.table_name NOT IN ('ef_migrations_history', 'paper_search', 'title_word')
            """, connection);
        var schema = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schema.Add($"{reader.GetString(0)}.{reader.GetString(1)}{(reader.GetBoolean(2) ? "?" : "")}");
            }
        }

        var manifest = BackupTables.All.SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name}{(c.Nullable ? "?" : "")}"));
        Assert.Equal(schema.Order(StringComparer.Ordinal), manifest.Order(StringComparer.Ordinal));
    }

    private static async Task<byte[]> ExportAsync(TestDatabase database)
    {
        using var buffer = new MemoryStream();
        await CatalogBackupWriter.WriteAsync(database.DataSource, buffer, Now, null, CancellationToken.None);
        return buffer.ToArray();
    }

    private static async Task<BackupSummary> RestoreAsync(TestDatabase database, byte[] backup)
    {
        using var input = new MemoryStream(backup);
        return await CatalogRestorer.RestoreAsync(database.DataSource, input, null, CancellationToken.None);
    }

    private static byte[] Damage(byte[] backup, string damage)
    {
        var text = Encoding.UTF8.GetString(backup);
        return damage switch
        {
            "truncated" => backup[..(backup.Length * 2 / 3)],
            "not json" => Encoding.UTF8.GetBytes("this is not a backup\n"),
            "another format" => Replace(text, "\"llm-reading-list-backup\"", "\"something-else\""),
            "newer format version" => Replace(text, "\"formatVersion\": 1,", "\"formatVersion\": 2,"),
            "unknown column" => Replace(text, "\"key\": ", "\"colour\": "),
            "wrong row count" => Replace(text, "\"rowCount\": 8", "\"rowCount\": 999"),
            // the last table: every table before it has been copied when the database rejects this row
            "rejected by the schema" => Replace(text, "\"actor\": \"curator\"", "\"actor\": \" \""),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
    }

    private static byte[] Replace(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the backup has no {what}");
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length)));
    }
}
