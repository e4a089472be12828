using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser downloads are never used), and the app under test on a real
/// Kestrel port for it. Shared by the browser test fixtures.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/ensure-prerequisites.sh browser (apt-get install chromium fonts-noto-cjk).");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A page in a new browser context (its own cookies) that records every dialog it opens (an injected script would
    /// show up there) and every failed sub-resource (the friendly 404 pages are documents and meant; a missing
    /// stylesheet or icon is not).
    /// </summary>
    public async Task<IPage> NewWatchedPageAsync(BrowserNewContextOptions options, List<string> dialogsSeen, List<string> failedResources, float? defaultTimeout = null)
    {
        var context = await Browser.NewContextAsync(options);
        if (defaultTimeout is { } timeout)
        {
            context.SetDefaultTimeout(timeout);
        }

        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => dialogsSeen.Add($"{dialog.Type}: {dialog.Message} on {page.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                failedResources.Add($"{response.Status} {response.Url}");
            }
        };
        return page;
    }

    /// <summary>
    /// Starts the app on Kestrel and returns its loopback address. The app must have been configured with
    /// <c>Urls=http://127.0.0.1:0</c> (a free port, never the app's configured one: another app may hold it).
    /// </summary>
    public static Uri StartKestrel(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel();
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
