using LlmReadingList.Tests.Backup;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Cli;

/// <summary>The <c>export</c> and <c>restore</c> verbs of the real executable: output, exit codes, refusals.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("llmrl-backup-").FullName;

    [Fact]
    public async Task Export_then_restore_into_a_new_database_copies_the_catalog()
    {
        await using var source = await CuratedCatalog.CreateAsync();
        await using var target = await TestDatabase.CreateAsync();
        var file = Path.Combine(_folder, "catalog.json");

        var exported = await Run(source, "export", file);
        var restored = await Run(target, "restore", file);

        Assert.Equal(0, exported.ExitCode);
        Assert.StartsWith($"exported to {file} (schema {Migrations.Latest})", exported.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  paper\s+80\n", exported.Stdout);
        Assert.Equal(["catalog.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal(0, restored.ExitCode);
        Assert.Matches(@"\n  paper\s+80\n", restored.Stdout);
        Assert.Equal(
            await DatabaseSnapshot.CountAsync(source, "SELECT count(*) FROM audit_entry"),
            await DatabaseSnapshot.CountAsync(target, "SELECT count(*) FROM audit_entry"));
    }

    [Fact]
    public async Task Restore_into_a_catalog_with_records_is_refused_with_exit_code_1()
    {
        await using var database = await CuratedCatalog.CreateAsync();
        var file = Path.Combine(_folder, "catalog.json");
        Assert.Equal(0, (await Run(database, "export", file)).ExitCode);

        var result = await Run(database, "restore", file);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: restore needs an empty catalog, but this database already has 80 paper row(s)", line, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_backup_is_refused_with_exit_code_1_and_restores_nothing()
    {
        await using var source = await CuratedCatalog.CreateAsync();
        await using var target = await TestDatabase.CreateAsync();
        var file = Path.Combine(_folder, "catalog.json");
        Assert.Equal(0, (await Run(source, "export", file)).ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var result = await Run(target, "restore", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {file} cannot be restored: the file ends before the backup is complete (it looks truncated", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was restored.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(target, "SELECT count(*) FROM paper"));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<WebExecutable.Result> Run(TestDatabase database, params string[] arguments) =>
        WebExecutable.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Catalog"] = database.ConnectionString }, arguments);
}
