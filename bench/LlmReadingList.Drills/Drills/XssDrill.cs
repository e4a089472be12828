using System.Globalization;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Hostile;

namespace LlmReadingList.Drills.Drills;

/// <summary>xss: the payload corpus imported as titles, credits, links and Markdown summaries, and sent as searches; every page that shows them must be inert.</summary>
public static class XssDrill
{
    public const string SourceKey = "xss-drill";

    public static async Task<bool> RunAsync(DrillContext context)
    {
        var connectionString = await context.FreshDatabaseAsync();
        await using var app = await context.StartSeededAppAsync(connectionString);
        var folder = context.Paths.Work(context.Drill);
        var article = await GeneratedArticles.WriteAsync(folder, SourceKey, GeneratedArticles.Xss(Corpus.XssPayloads));
        await using (var import = AppProcess.StartVerb(context.Paths, AppProcess.Environment(context.Paths, connectionString), context.Drill + "-import", "import", article))
        {
            if (await import.WaitAsync(TimeSpan.FromMinutes(5)) != 0)
            {
                throw new InvalidOperationException($"importing the XSS article failed; see {context.Paths.Log(context.Drill + "-import")}");
            }
        }

        var (listSlug, paperSlugs) = await CatalogProbe.SlugsOfSourceAsync(connectionString, SourceKey);
        using var client = DrillContext.ReaderClient(app.BaseAddress, 8);
        var outcome = await XssPages.CheckAsync(client, listSlug, paperSlugs, Corpus.XssPayloads);
        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Corpus.XssPayloads.Count} payloads imported as {paperSlugs.Count} papers (titles, credits, link queries, Markdown summaries) plus searched for"),
            string.Create(CultureInfo.InvariantCulture, $"{outcome.Pages} pages checked with AngleSharp; by status: {outcome.StatusLine}"),
            $"executable findings: {outcome.Findings.Count}" + (outcome.Findings.Count > 0 ? " — " + string.Join("; ", outcome.Findings.Take(5)) : string.Empty),
        };
        var passed = outcome.Passed && paperSlugs.Count >= 100;
        Console.Error.WriteLine(string.Join('\n', figures));
        await ResultsFile.AppendAsync(context.Paths, context.Drill, context.Command, passed, figures);
        return passed;
    }
}
