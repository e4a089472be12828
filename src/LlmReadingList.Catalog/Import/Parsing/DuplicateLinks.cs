namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>Flags entries of one article that link the same arXiv paper, which usually means a wrong link in the article.</summary>
internal static class DuplicateLinks
{
    public static void Note(IReadOnlyList<ParsedEntry> entries, NoteCollector notes)
    {
        foreach (var group in entries.Where(e => e.ArxivId is not null).GroupBy(e => e.ArxivId).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
            {
                notes.Add(repeat.Line - 1,
                    $"Entry \"{repeat.Heading}\" links arXiv {group.Key}, as does \"{first.Heading}\" (line {first.Line}); reported as written.");
            }
        }
    }
}
