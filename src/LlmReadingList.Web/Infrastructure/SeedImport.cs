using LlmReadingList.Catalog.Import;

namespace LlmReadingList.Web.Infrastructure;

/// <summary>Imports the seed articles at startup when <c>Catalog:ImportSeedOnStart</c> is set. Idempotent: a second start changes nothing.</summary>
internal sealed partial class SeedImport(CatalogImporter importer, IConfiguration configuration, ILogger<SeedImport> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Catalog:ImportSeedOnStart"))
        {
            return;
        }

        var folder = Path.GetFullPath(configuration["Catalog:SeedDirectory"] ?? "seed");
        var report = await importer.ImportAsync(new ImportOptions { Paths = [folder] }, progress: null, cancellationToken);
        foreach (var rejected in report.Articles.Where(a => a.Error is not null))
        {
            LogRejected(rejected.Error!);
        }

        var changed = report.Articles.Count(a => a.Status == Catalog.Data.Model.ImportStatus.Imported);
        LogImported(folder, changed, report.Articles.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed article rejected: {Error}")]
    private partial void LogRejected(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import from {Folder}: {Changed} of {Total} articles changed the catalog")]
    private partial void LogImported(string folder, int changed, int total);
}
