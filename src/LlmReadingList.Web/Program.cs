using LlmReadingList.Web.Cli;
using LlmReadingList.Web.Infrastructure;

if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogServices();
builder.Services.AddCatalogWeb(builder.Configuration);

var app = builder.Build();
app.UseCatalogPipeline();
app.MapCatalogEndpoints();

try
{
    await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);
}
catch (Exception exception) when (StartupFailure.Find(exception) is { } startupFailure)
{
    await app.Services.GetRequiredService<CatalogDatabase>().StopLocalClusterAsync(CancellationToken.None);
    return StartupFailure.Report(startupFailure);
}

await app.RunAsync();
return ExitCodes.Success;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
