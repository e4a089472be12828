using LlmReadingList.Drills.Hostile;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Drills;

/// <summary>CI version of the crash-import drill: kill -9 the importer while it writes a large article; all or nothing is there; the next run completes.</summary>
public sealed class CrashImportTests
{
    private const int Entries = 500;
    private const string SourceKey = "crash-drill";
    private const string Marker = "Crashdrill";

    [Fact]
    public async Task An_import_killed_mid_write_leaves_all_or_none_of_the_article_and_the_next_run_completes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = Path.Combine(Path.GetTempPath(), "llmrl-crash-" + Guid.NewGuid().ToString("N"));
        try
        {
            var article = await GeneratedArticles.WriteAsync(folder, SourceKey, GeneratedArticles.Large(Entries, Marker));
            var environment = new Dictionary<string, string> { ["ConnectionStrings__Catalog"] = database.ConnectionString };

            var killedMidRun = await KillWhileWritingAsync(environment, article);

            Assert.True(killedMidRun, "the import finished before it could be killed; make the article larger");
            var afterKill = await CatalogProbe.FootprintAsync(database.ConnectionString, SourceKey, Marker);
            Assert.True(afterKill.IsAbsent || afterKill.IsWhole(Entries), $"partial import after kill -9: {afterKill}");

            var again = await WebExecutable.RunAsync(environment, TimeSpan.FromMinutes(10), "import", article);

            Assert.True(again.ExitCode == 0, again.Stderr);
            var final = await CatalogProbe.FootprintAsync(database.ConnectionString, SourceKey, Marker);
            Assert.True(final.IsWhole(Entries), final.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts the import, waits until it says it is writing, lets it write a moment, and sends SIGKILL; false if it finished first.</summary>
    private static async Task<bool> KillWhileWritingAsync(Dictionary<string, string> environment, string article)
    {
        using var process = WebExecutable.Start(environment, "import", article);
        var writing = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(": writing ", StringComparison.Ordinal) == true)
            {
                writing.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await writing.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        if (process.HasExited)
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return true;
    }
}
