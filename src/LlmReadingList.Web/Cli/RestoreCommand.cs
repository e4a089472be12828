using System.CommandLine;
using LlmReadingList.Catalog.Backup;
using LlmReadingList.Web.Infrastructure;

namespace LlmReadingList.Web.Cli;

/// <summary>Loads a backup written by <c>export</c> into an empty catalog, all of it or nothing.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup file written by export." };
        var command = new Command("restore", "Load a JSON backup into an empty catalog (in one transaction; ids are kept).") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(file)!;
            if (!source.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {source.FullName} does not exist.");
                return ExitCodes.Failed;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            var database = host.Services.GetRequiredService<CatalogDatabase>();
            try
            {
                await using var stream = source.OpenRead();
                var summary = await CatalogRestorer.RestoreAsync(database.DataSource, stream, ExportCommand.Progress(), cancellationToken);
                BackupSummaryTable.Write(Console.Out, $"restored from {source.FullName}", summary);
                return ExitCodes.Success;
            }
            catch (BackupFormatException exception)
            {
                await Console.Error.WriteLineAsync($"error: {source.FullName} cannot be restored: {exception.Message}. Nothing was restored.");
                return ExitCodes.Failed;
            }
            catch (CatalogNotEmptyException exception)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
