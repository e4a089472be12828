using System.CommandLine;
using LlmReadingList.Catalog.Backup;
using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Cli;

/// <summary>Writes the whole catalog (not user accounts) to one JSON backup file that <c>restore</c> reads.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The backup file to write (.json); replaced if it exists." };
        var command = new Command("export", "Write the whole catalog to a JSON backup file (user accounts are not included).") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(file)!;
            await using var host = await CliHost.StartAsync(cancellationToken);
            var database = host.Services.GetRequiredService<CatalogDatabase>();
            var clock = host.Services.GetRequiredService<TimeProvider>();
            // written beside the target and moved into place, so a failed export never leaves half a backup behind
            var partial = new FileInfo(target.FullName + ".partial");
            try
            {
                BackupSummary summary;
                await using (var stream = partial.Create())
                {
                    summary = await CatalogBackupWriter.WriteAsync(database.DataSource, stream, clock.GetUtcNow(), Progress(), cancellationToken);
                }

                partial.MoveTo(target.FullName, overwrite: true);
                BackupSummaryTable.Write(Console.Out, $"exported to {target.FullName}", summary);
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                partial.Refresh();
                if (partial.Exists)
                {
                    partial.Delete();
                }

                await Console.Error.WriteLineAsync($"error: cannot write {target.FullName}: {exception.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    public static Progress<string> Progress() => new(message => Console.Error.WriteLine($"  {message}"));
}
