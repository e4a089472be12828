using LlmReadingList.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>
/// The real app on a real Kestrel port over <see cref="BrowseCatalog"/>, and Debian's Chromium driven by Playwright
/// (its own browser downloads are never used). Each test class that uses it gets its own app, database and browser.
/// </summary>
public sealed class BrowserApp : BrowseCatalogApp
{
    public const string ChromiumPath = Chromium.ExecutablePath;

    private Chromium? _chromium;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>axe-core's script, from the npm package installed next to these tests.</summary>
    public string AxeScript { get; private set; } = string.Empty;

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public override async Task InitializeAsync()
    {
        AxeScript = await File.ReadAllTextAsync(FindAxeScript());
        await base.InitializeAsync();
        BaseUrl = Chromium.StartKestrel(Factory);
        _chromium = await Chromium.LaunchAsync();
        Browser = _chromium.Browser;
    }

    // a free loopback port, never the app's configured one (another app may hold it)
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Urls", "http://127.0.0.1:0");

    public override async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A fresh page at a viewport size and colour scheme; any dialog (alert, confirm) fails the test.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        return await _chromium!.NewWatchedPageAsync(
            new BrowserNewContextOptions
            {
                BaseURL = BaseUrl.ToString(),
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                ColorScheme = scheme,
                Locale = "en-GB",
            },
            DialogsSeen,
            FailedResources);
    }

    /// <summary>Dialogs any page opened; a summary's injected script would show up here.</summary>
    public List<string> DialogsSeen { get; } = [];

    /// <summary>Stylesheets, icons and other resources a page asked for and did not get.</summary>
    public List<string> FailedResources { get; } = [];

    private static string FindAxeScript()
    {
        const string relative = "tests/LlmReadingList.Tests/Browser/node_modules/axe-core/axe.min.js";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"axe-core is not installed ({relative}): run scripts/ensure-prerequisites.sh axe (npm ci in tests/LlmReadingList.Tests/Browser).");
    }
}
