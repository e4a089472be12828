using System.Diagnostics;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>
/// The real app on a real Kestrel port over the seed imported as the importer alone sees it (without the curator
/// metadata of sources.json, so 004's paper is provisional and flagged), with <see cref="CuratorWebApp"/>'s accounts,
/// and Debian's Chromium. Readers get the production output cache, evicted by the database's NOTIFY.
/// </summary>
public sealed class CuratorBrowserApp : CuratorWebApp
{
    private Chromium? _chromium;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Dialogs any page opened (none is expected anywhere).</summary>
    public List<string> DialogsSeen { get; } = [];

    /// <summary>Stylesheets, icons and other resources a page asked for and did not get.</summary>
    public List<string> FailedResources { get; } = [];

    protected override bool ApplyCuratorMetadata => false;

    protected override async Task SeedAsync()
    {
        // Kestrel must start before anything builds the test server (the accounts are created through the app's services).
        BaseUrl = Chromium.StartKestrel(Factory);
        await base.SeedAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    // A free loopback port over plain HTTP, so Secure-only cookies are off, as for the quick start on localhost (the
    // antiforgery system refuses to issue a Secure-only cookie on an HTTP request); the cookie attributes themselves are
    // proven over HTTPS by the HTTP-level tests.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Urls", "http://127.0.0.1:0")
        .UseSetting("Catalog:SecureCookies", "false");

    public override async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A page in a browser context of its own: its own cookies, so an anonymous reader or one curator's session.</summary>
    public async Task<IPage> NewPageAsync()
    {
        return await _chromium!.NewWatchedPageAsync(
            new BrowserNewContextOptions
            {
                BaseURL = BaseUrl.ToString(),
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                Locale = "en-GB",
            },
            DialogsSeen,
            FailedResources,
            // generous: the first sign-in of a full test run, while every other class starts its app and database,
            // once took more than 15 s to reach /curate on this 2-core machine (the test then failed, not the app)
            defaultTimeout: 60_000);
    }

    /// <summary>A new context signed in through the login form, reached as a reader would: from the footer's link.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Curator sign-in" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/curate");
        await Assertions.Expect(page.GetByText($"Signed in as {email}")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// Loads <paramref name="path"/> until <paramref name="shows"/> holds or a few seconds have passed, and returns whether
    /// it held. A reader's page may come from the output cache until the change's NOTIFY has evicted it (milliseconds).
    /// </summary>
    public static async Task<bool> EventuallyAsync(IPage page, string path, Func<IPage, Task<bool>> shows)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            await page.GotoAsync(path);
            if (await shows(page))
            {
                return true;
            }

            if (stopwatch.Elapsed > TimeSpan.FromSeconds(5))
            {
                return false;
            }

            await Task.Delay(100);
        }
    }
}
