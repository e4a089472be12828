using LlmReadingList.Drills.Hostile;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Drills;

/// <summary>The seed plus an article carrying every XSS payload of the drills' corpus (titles, credits, links, Markdown summaries).</summary>
public sealed class XssCatalogWebApp : CatalogWebApp
{
    public const string SourceKey = "xss-drill";

    protected override async Task SeedAsync()
    {
        await ImportSeedAsync();
        var folder = Path.Combine(Path.GetTempPath(), "llmrl-xss-" + Guid.NewGuid().ToString("N"));
        try
        {
            var article = await GeneratedArticles.WriteAsync(folder, SourceKey, GeneratedArticles.Xss(Corpus.XssPayloads));
            var report = await CreateImporter().ImportAsync(new LlmReadingList.Catalog.Import.ImportOptions { Paths = [article] }, null, CancellationToken.None);
            Assert.True(report.Succeeded, string.Join("\n", report.Articles.Select(a => a.Error)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>CI version of the xss drill: every page a payload reaches is inert.</summary>
public sealed class XssCorpusTests(XssCatalogWebApp app) : IClassFixture<XssCatalogWebApp>
{
    [Fact]
    public async Task Pages_showing_the_xss_corpus_contain_nothing_executable()
    {
        Assert.True(Corpus.XssPayloads.Count >= 100);
        var (listSlug, paperSlugs) = await CatalogProbe.SlugsOfSourceAsync(app.ConnectionString, XssCatalogWebApp.SourceKey);
        using var client = app.CreateClient();

        var outcome = await XssPages.CheckAsync(client, listSlug, paperSlugs, Corpus.XssPayloads);

        Assert.True(paperSlugs.Count >= 100, $"only {paperSlugs.Count} payload papers were imported");
        Assert.Equal(0, outcome.ServerErrors);
        Assert.True(outcome.Findings.Count == 0, string.Join("\n", outcome.Findings.Take(20)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("<p><a href=\" jav&#x09;ascript:alert(1)\">x</a></p>", true)]
    [InlineData("<img src=x onerror=alert(1)>", true)]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"https://example.org/?q=javascript:\">x</a></p>", false)]
    [InlineData("<script src=\"/js/site.js\"></script>", false)]
    public void The_check_finds_executable_markup_and_passes_escaped_text(string html, bool executable) =>
        Assert.Equal(executable, InertHtml.Findings(html).Count > 0);
}

/// <summary>CI version of the sqli drill: every injection string in every public parameter and slug; normal answers, nothing written.</summary>
public sealed class SqlInjectionTests(SeededCatalogWebApp app) : IClassFixture<SeededCatalogWebApp>
{
    [Fact]
    public async Task Injection_strings_in_every_public_parameter_answer_normally_and_change_nothing()
    {
        var slugs = await CatalogProbe.SampleSlugsAsync(app.ConnectionString);
        var before = await DatabaseSnapshot.TakeAsync(app);
        using var client = app.CreateClient();

        var outcome = await SqliRequests.SendAsync(client, slugs, Corpus.SqlInjections);

        Assert.True(outcome.ServerErrors == 0, outcome.StatusLine);
        Assert.True(outcome.Passed, $"a request with pg_sleep(5) took {outcome.SlowestSleep}");
        var after = await DatabaseSnapshot.TakeAsync(app);
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"table {table} changed");
        }
    }
}
