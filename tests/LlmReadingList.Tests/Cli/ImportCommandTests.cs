using LlmReadingList.Tests.Import.Parsers;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Cli;

/// <summary>The <c>import</c> verb of the real executable: its table, its exit code, its dry run.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_prints_a_table_per_article_and_exits_0()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await Run(database, "import", SeedFiles.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"article\s+status\s+entries\s+new papers\s+merged\s+summaries\s+flags\s+warnings", result.Stdout);
        Assert.Matches(@"llm-papers-40\s+imported\s+43\s+43\s+0\s+42\s+3\s+6\s", result.Stdout);
        Assert.Matches(@"understanding-llms\s+imported\s+19\s+12\s+7\s+", result.Stdout);
        Assert.Contains("000-eugene-yan-llm-reading-list-repost.en.txt: writing 43 entries", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(80, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper"));
    }

    [Fact]
    public async Task A_rejected_article_is_named_in_the_output_and_the_exit_code_is_1()
    {
        using var seed = SeedFiles.Copy();
        await File.WriteAllBytesAsync(seed.PathOf(Seed.PersonalSpace), []);
        await using var database = await TestDatabase.CreateAsync();

        var result = await Run(database, "import", seed.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"personal-learning-space\s+REJECTED", result.Stdout);
        Assert.Contains($"rejected: {seed.PathOf(Seed.PersonalSpace)}: the file is empty", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM source"));
    }

    [Fact]
    public async Task A_dry_run_reports_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await Run(database, "import", "--dry-run", SeedFiles.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"llm-papers-40\s+would import\s+43\s+43", result.Stdout);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper"));
    }

    private static Task<WebExecutable.Result> Run(TestDatabase database, params string[] arguments) =>
        WebExecutable.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Catalog"] = database.ConnectionString }, arguments);
}
