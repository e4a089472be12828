using System.Text.Json;
using Microsoft.Playwright;

namespace LlmReadingList.Tests.Browser;

/// <summary>Runs axe-core in a page and returns the serious and critical violations, described for a failure message.</summary>
public static class Axe
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string axeScript)
    {
        await page.EvaluateAsync(axeScript);
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return results.violations.map(v => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
                }));
            }
            """);
        return result.EnumerateArray()
            .Where(v => FailingImpacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}\n      "
                + string.Join("\n      ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString())))
            .ToList();
    }
}
