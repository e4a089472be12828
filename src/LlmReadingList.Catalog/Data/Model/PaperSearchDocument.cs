using NpgsqlTypes;

namespace LlmReadingList.Catalog.Data.Model;

/// <summary>
/// What search reads for a paper: a weighted tsvector over titles and every summary (with CJK bigrams), the same
/// over titles alone, all titles folded into one string for trigram matching, and the languages it can be read in. Kept current by database triggers, so every
/// write path (import, curator edit, restore) refreshes it; it lives apart from <see cref="Paper"/> so that
/// refreshing it never changes a paper's concurrency token.
/// </summary>
public sealed class PaperSearchDocument
{
    public long PaperId { get; set; }

    public NpgsqlTsVector Document { get; set; } = null!;

    /// <summary>The titles part of <see cref="Document"/> alone, so papers whose titles match are found first.</summary>
    public NpgsqlTsVector TitleDocument { get; set; } = null!;

    public string Titles { get; set; } = string.Empty;

    /// <summary>The languages of the paper's summaries and alternative titles ("en", "zh"): the search's language filter.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>The paper's year, copied so that search finds its newest candidates from this table alone.</summary>
    public int? Year { get; set; }

    /// <summary>Whether the paper was merged into another (search never offers it).</summary>
    public bool Merged { get; set; }

    /// <summary>The ids of the paper's authors, tags and lists, so search counts its facets from these rows alone.</summary>
    public List<long> AuthorIds { get; set; } = [];

    /// <inheritdoc cref="AuthorIds"/>
    public List<long> TagIds { get; set; } = [];

    /// <inheritdoc cref="AuthorIds"/>
    public List<long> ListIds { get; set; } = [];

    public Paper? Paper { get; set; }
}
