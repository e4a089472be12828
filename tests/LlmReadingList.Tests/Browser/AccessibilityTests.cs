using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>axe-core on every page type, in light and dark colours: no serious or critical violation anywhere.</summary>
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task No_page_type_has_serious_or_critical_axe_violations(ColorScheme scheme)
    {
        var page = await app.NewPageAsync(1280, scheme);
        var failures = new List<string>();

        foreach (var (name, path) in PageTypes.All(app.Catalog))
        {
            await page.GotoAsync(path);
            var violations = await Axe.SeriousViolationsAsync(page, app.AxeScript);
            failures.AddRange(violations.Select(v => $"{name} ({path}): {v}"));
        }

        Assert.True(failures.Count == 0, $"axe found {failures.Count} serious/critical violation(s) in {scheme} mode:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task A_phone_sized_page_has_no_serious_or_critical_axe_violations()
    {
        var page = await app.NewPageAsync(360, ColorScheme.Dark);
        await page.GotoAsync($"/papers/{app.Catalog.Attention.Slug}");

        Assert.Empty(await Axe.SeriousViolationsAsync(page, app.AxeScript));
    }
}
