namespace LlmReadingList.Tests.Infrastructure;

/// <summary>The real executable, started with bad database settings: one clear line naming the setting, non-zero exit.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task A_malformed_connection_string_prints_one_line_naming_the_setting_and_exits_2()
    {
        var (exitCode, stdout, stderr) = await RunWebAsync("Hostt=nowhere;Database=x");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ConnectionStrings:Catalog is malformed", line, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Catalog", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_named_without_its_password_and_exits_3()
    {
        var (exitCode, stdout, stderr) = await RunWebAsync("Host=127.0.0.1;Port=1;Database=catalog;Username=someone;Password=s3cret-value");

        Assert.Equal(3, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Cannot connect to the catalog database (Host=127.0.0.1;Port=1;Database=catalog;Username=someone)", line, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Catalog", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", stdout + stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunWebAsync(string connectionString)
    {
        var result = await WebExecutable.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Catalog"] = connectionString }, "--urls", "http://127.0.0.1:0");
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
