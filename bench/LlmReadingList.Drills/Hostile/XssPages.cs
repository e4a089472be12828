using System.Collections.Concurrent;
using System.Globalization;

namespace LlmReadingList.Drills.Hostile;

public sealed record XssOutcome(int Pages, string StatusLine, IReadOnlyList<string> Findings, int ServerErrors)
{
    public bool Passed => Findings.Count == 0 && ServerErrors == 0;
}

/// <summary>Fetches every page a payload can reach and looks for anything executable in it.</summary>
public static class XssPages
{
    public static async Task<XssOutcome> CheckAsync(HttpClient client, string? listSlug, IReadOnlyList<string> paperSlugs, IReadOnlyList<string> payloads)
    {
        var paths = new List<string> { "/", "/lists", "/years/unknown", "/authors", "/search?q=XSS", "/search?q=XSS&page=2", "/search?q=script+alert" };
        if (listSlug is not null)
        {
            paths.AddRange(Enumerable.Range(1, 4).Select(p => string.Create(CultureInfo.InvariantCulture, $"/lists/{listSlug}?page={p}")));
        }

        paths.AddRange(paperSlugs.Select(s => $"/papers/{s}"));
        paths.AddRange(payloads.Select(p => "/search?q=" + Uri.EscapeDataString(p)));
        paths.AddRange(payloads.Select(p => "/search?author=" + Uri.EscapeDataString(p)));

        var statuses = new ConcurrentDictionary<int, int>();
        var findings = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, cancellationToken) =>
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                foreach (var finding in InertHtml.Findings(await response.Content.ReadAsStringAsync(cancellationToken)))
                {
                    findings.Add($"{path}: {finding}");
                }
            }
        });

        var line = string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        return new XssOutcome(paths.Count, line, [.. findings], statuses.Where(p => p.Key >= 500).Sum(p => p.Value));
    }
}
