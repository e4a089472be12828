using System.CommandLine;

namespace LlmReadingList.Web.Cli;

/// <summary>Asks a running catalog for /health; for container health checks (the runtime image has no curl).</summary>
internal static class HealthCheckCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "Health endpoint to ask.",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/health",
        };
        var command = new Command("healthcheck", "Exit 0 when the running catalog reports healthy, 1 otherwise.") { url };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await client.GetAsync(new Uri(parseResult.GetValue(url)!), cancellationToken);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"unhealthy: {exception.Message}");
                return 1;
            }
        });
        return command;
    }
}
