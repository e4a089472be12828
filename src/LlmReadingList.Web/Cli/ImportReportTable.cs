using System.Globalization;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;

namespace LlmReadingList.Web.Cli;

/// <summary>The import command's final table: one row per article, then the rejections and the changes.</summary>
internal static class ImportReportTable
{
    private static readonly string[] Headers = ["article", "status", "entries", "new papers", "merged", "summaries", "flags", "warnings", "ms"];

    public static void Write(TextWriter output, ImportReport report)
    {
        var rows = report.Articles.Select(a => new[]
        {
            a.SourceKey ?? Path.GetFileName(a.File),
            Status(a),
            N(a.Entries), N(a.NewPapers), N(a.MergedPapers), N(a.Summaries), N(a.Flags), N(a.Warnings),
            N((int)a.Duration.TotalMilliseconds),
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();

        output.WriteLine();
        output.WriteLine(Row(Headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row, widths));
        }

        if (report.TaggedPapers > 0)
        {
            output.WriteLine($"curator tags applied to {report.TaggedPapers} paper(s)");
        }

        foreach (var article in report.Articles.Where(a => a.Error is not null))
        {
            output.WriteLine($"rejected: {article.Error}");
        }

        foreach (var article in report.Articles.Where(a => a.Status == ImportStatus.Imported && a.ChangeCount > 0))
        {
            output.WriteLine();
            output.WriteLine($"{article.SourceKey}: {(article.DryRun ? "would change" : "changed")}");
            foreach (var change in article.Changes.Take(25))
            {
                output.WriteLine($"  - {change}");
            }

            if (article.ChangeCount > 25)
            {
                output.WriteLine($"  … and {article.ChangeCount - 25} more");
            }
        }
    }

    private static string Status(ArticleReport article) => article.Status switch
    {
        ImportStatus.Rejected => "REJECTED",
        ImportStatus.Unchanged => "unchanged",
        _ when article.DryRun => "would import",
        _ => "imported",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
}
