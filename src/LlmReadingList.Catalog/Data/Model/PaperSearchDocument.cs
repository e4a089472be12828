using NpgsqlTypes;

namespace LlmReadingList.Catalog.Data.Model;

/// <summary>
/// What search reads for a paper: a weighted tsvector over titles and every summary (with CJK bigrams),
/// and all titles folded into one string for trigram matching. Kept current by database triggers, so every
/// write path (import, curator edit, restore) refreshes it; it lives apart from <see cref="Paper"/> so that
/// refreshing it never changes a paper's concurrency token.
/// </summary>
public sealed class PaperSearchDocument
{
    public long PaperId { get; set; }

    public NpgsqlTsVector Document { get; set; } = null!;

    public string Titles { get; set; } = string.Empty;

    public Paper? Paper { get; set; }
}
