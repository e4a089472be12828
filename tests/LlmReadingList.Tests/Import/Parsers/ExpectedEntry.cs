using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Tests.Import.Parsers;

/// <summary>What a test expects of one parsed entry; compared as a whole so a failure shows every differing field.</summary>
internal sealed record ExpectedEntry(
    int Line,
    string Heading,
    string? Title,
    string? ArxivId,
    int? StatedYear,
    string? CreditLine,
    string? Section,
    bool IsPaper,
    LinkKind? FirstLinkKind)
{
    public static ExpectedEntry Of(ParsedEntry entry) => new(
        entry.Line,
        entry.Heading,
        entry.Title,
        entry.ArxivId,
        entry.StatedYear,
        entry.CreditLine,
        entry.Section,
        entry.IsPaper,
        entry.Links.Count == 0 ? null : entry.Links[0].Kind);
}

internal static class ParsedArticleAssert
{
    /// <summary>Asserts the entries, in order, field by field, then the count.</summary>
    public static void EntriesEqual(IReadOnlyList<ExpectedEntry> expected, ParsedArticle article)
    {
        var actual = article.Entries.Select(ExpectedEntry.Of).ToList();
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Count, actual.Count);
    }

    public static void HasNoteAt(ParsedArticle article, int line, string containing) =>
        Assert.Contains(article.Notes, n => n.Line == line && n.Message.Contains(containing, StringComparison.Ordinal));

    /// <summary>No entry field holds any of the <paramref name="junk"/> strings.</summary>
    public static void NoEntryContains(ParsedArticle article, params string[] junk)
    {
        foreach (var entry in article.Entries)
        {
            var text = string.Join("\n", entry.Heading, entry.Title, entry.CreditLine, entry.Summary, entry.Section,
                string.Join("\n", entry.Links.Select(l => l.Url)));
            foreach (var j in junk)
                Assert.DoesNotContain(j, text, StringComparison.Ordinal);
        }
    }
}
