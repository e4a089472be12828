using System.CommandLine;
using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Cli;

/// <summary>The command-line verbs. Each builds the same services as the web app, so both run the same code.</summary>
internal static class CommandLineApp
{
    private static readonly Command[] Verbs =
    [
        MigrateCommand.Create(),
        ImportCommand.Create(),
        CreateAdminCommand.Create(),
        SchemaCommand.Create(),
        HealthCheckCommand.Create(),
        ExportCommand.Create(),
        RestoreCommand.Create(),
    ];

    public static bool Handles(string[] args) =>
        args.Length > 0 && (Verbs.Any(v => v.Name == args[0]) || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("LLM Reading List. Without a verb the catalog web app starts.");
        foreach (var verb in Verbs)
        {
            root.Subcommands.Add(verb);
        }

        try
        {
            // Failures are reported here as one line, not by System.CommandLine's handler as a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (StartupFailure.Find(exception) is { } startupFailure)
        {
            return StartupFailure.Report(startupFailure);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.GetBaseException().Message}");
            return ExitCodes.Failed;
        }
    }
}
