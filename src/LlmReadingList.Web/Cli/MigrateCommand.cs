using System.CommandLine;

namespace LlmReadingList.Web.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
