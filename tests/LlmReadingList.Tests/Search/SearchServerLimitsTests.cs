using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Search;

/// <summary>
/// The real executable behind Kestrel (the in-memory test server has no request-line limit): a ten-thousand
/// character query must reach the search page, which cuts it, instead of Kestrel's empty 414.
/// </summary>
public sealed partial class SearchServerLimitsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData("attention ")]
    [InlineData("注意力")]
    public async Task A_ten_thousand_character_query_gets_a_page_from_kestrel(string text)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "LlmReadingList.Web.dll"), "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.Environment["ConnectionStrings__Catalog"] = database.ConnectionString;
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var dataDirectory = Path.Combine(Path.GetTempPath(), "llmrl-kestrel-tests", Guid.NewGuid().ToString("N"));
        startInfo.Environment["Catalog__DataDirectory"] = dataDirectory;
        using var process = Process.Start(startInfo)!;
        try
        {
            var address = await ListeningAddressAsync(process);
            // keep reading, or a full pipe would block the app's logging
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var query = string.Concat(Enumerable.Repeat(text, 10_000 / text.Length));
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("cut to its first", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task<string> ListeningAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"The app exited before listening: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
