using System.Diagnostics;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Cli;

public sealed class CreateAdminCommandTests
{
    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_the_admin_can_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (exitCode, output) = await RunAsync(database, "first.admin@example.test", "a long enough admin password\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("Admin first.admin@example.test created.", output, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "first.admin@example.test");
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain("a long enough admin password", user.PasswordHash, StringComparison.Ordinal);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == "Admin")));
    }

    [Fact]
    public async Task Without_a_password_create_admin_refuses_and_creates_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (exitCode, output) = await RunAsync(database, "nopassword@example.test", "");

        Assert.Equal(2, exitCode);
        Assert.Contains("no password given", output, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task A_password_that_breaks_the_rules_is_refused_with_the_rule()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (exitCode, output) = await RunAsync(database, "short@example.test", "short\n");

        Assert.Equal(1, exitCode);
        Assert.Contains("at least 12 characters", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, string email, string standardInput)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "LlmReadingList.Web.dll"), "create-admin", "--email", email },
        };
        startInfo.Environment["ConnectionStrings__Catalog"] = database.ConnectionString;
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        startInfo.Environment.Remove("CATALOG_ADMIN_PASSWORD");
        using var process = Process.Start(startInfo)!;
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
