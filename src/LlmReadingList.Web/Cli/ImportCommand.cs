using System.CommandLine;
using LlmReadingList.Catalog.Import;

namespace LlmReadingList.Web.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders with a sources.json (default: seed/).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse and match everything and report, but write nothing." };
        var noMetadata = new Option<bool>("--no-curator-metadata") { Description = "Ignore the curator metadata in sources.json." };
        var command = new Command("import", "Import reading-list articles; each article in its own transaction.") { paths, dryRun, noMetadata };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = parseResult.GetValue(paths) ?? [];
            var options = new ImportOptions
            {
                Paths = given.Length > 0 ? given : ["seed"],
                DryRun = parseResult.GetValue(dryRun),
                ApplyCuratorMetadata = !parseResult.GetValue(noMetadata),
            };
            await using var host = await CliHost.StartAsync(cancellationToken);
            var importer = host.Services.GetRequiredService<CatalogImporter>();
            var progress = new Progress<string>(message => Console.Error.WriteLine($"  {message}"));
            var report = await importer.ImportAsync(options, progress, cancellationToken);
            ImportReportTable.Write(Console.Out, report);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
