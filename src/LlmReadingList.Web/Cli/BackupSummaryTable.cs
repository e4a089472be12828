using System.Globalization;
using LlmReadingList.Catalog.Backup;

namespace LlmReadingList.Web.Cli;

internal static class BackupSummaryTable
{
    public static void Write(TextWriter output, string heading, BackupSummary summary)
    {
        output.WriteLine(heading + (summary.SchemaVersion is null ? string.Empty : $" (schema {summary.SchemaVersion})"));
        var width = summary.Tables.Max(t => t.Table.Length);
        foreach (var (table, rows) in summary.Tables)
        {
            output.WriteLine($"  {table.PadRight(width)}  {rows.ToString(CultureInfo.InvariantCulture),8}");
        }
    }
}
