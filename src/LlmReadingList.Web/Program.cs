using LlmReadingList.Web.Cli;
using LlmReadingList.Web.Infrastructure;

if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogServices(builder.Configuration);
builder.Services.AddCatalogWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseCatalogPipeline();
app.MapCatalogEndpoints();

var database = app.Services.GetRequiredService<CatalogDatabase>();
try
{
    await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);
    await app.RunAsync();
    return ExitCodes.Success;
}
catch (Exception exception) when (StartupFailure.Find(exception) is { } startupFailure)
{
    return StartupFailure.Report(startupFailure);
}
finally
{
    await database.StopLocalClusterAsync(CancellationToken.None);
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
