namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>What a parser read from one article: its entries in article order, and notes on what it skipped.</summary>
public sealed record ParsedArticle(IReadOnlyList<ParsedEntry> Entries, IReadOnlyList<ParseNote> Notes)
{
    /// <summary>A year the article states for all of its entries (e.g. a monthly roundup's month), if any.</summary>
    public int? StatedYear { get; init; }
}

/// <summary>
/// One entry of an article: one paper (or one thing the article lists as if it were a paper).
/// Text is kept as the article wrote it, trimmed; nothing is invented.
/// </summary>
public sealed record ParsedEntry
{
    /// <summary>1-based line number where the entry starts in the article.</summary>
    public required int Line { get; init; }

    /// <summary>The article's own name for the entry (display heading, Chinese title, "YEAR Title" without the year...).</summary>
    public required string Heading { get; init; }

    /// <summary>"en" or "zh": the language of <see cref="Heading"/>.</summary>
    public required string HeadingLanguage { get; init; }

    /// <summary>The paper's English title when the article gives one (may equal <see cref="Heading"/>); null otherwise.</summary>
    public string? Title { get; init; }

    /// <summary>True when the article gives no title and <see cref="Heading"/> was derived from the text.</summary>
    public bool TitleIsProvisional { get; init; }

    /// <summary>A year the article states for this entry (003 prefixes each entry with one).</summary>
    public int? StatedYear { get; init; }

    /// <summary>Normalised arXiv id from the entry's paper link (e.g. "1706.03762"), or null.</summary>
    public string? ArxivId { get; init; }

    /// <summary>Every link of the entry, in article order, classified; arXiv links normalised to the abstract URL.</summary>
    public IReadOnlyList<ParsedLink> Links { get; init; } = [];

    /// <summary>
    /// The credit line exactly as written (000's "*author:" or "*source:" value), or null.
    /// People and organisations are read from it by <c>CreditLineParser</c>, which also knows the curated aliases.
    /// </summary>
    public string? CreditLine { get; init; }

    /// <summary>The article's summary of the paper as Markdown (paragraphs separated by a blank line), or null.</summary>
    public string? Summary { get; init; }

    /// <summary>"en" or "zh": the language of <see cref="Summary"/>.</summary>
    public string? SummaryLanguage { get; init; }

    /// <summary>The article's section heading this entry sits under, or null.</summary>
    public string? Section { get; init; }

    /// <summary>
    /// False when the article presents the entry as something other than a paper (000's "Mixed Expert Models",
    /// credited to a "*source:" and linking only a blog post). A paper that the article happens to link only
    /// through a blog post (003's "Unsupervised Sentiment Neuron") stays true.
    /// </summary>
    public bool IsPaper { get; init; } = true;
}

public sealed record ParsedLink(string Url, LinkKind Kind);

/// <summary>Something the parser skipped or found odd, with the line where it is; shown in the import report.</summary>
public sealed record ParseNote(int Line, string Message);
