using LlmReadingList.Catalog.Data.Model;

namespace LlmReadingList.Catalog.Import;

/// <summary>What one article's import changed, and what the article still contributes to each paper it touched.</summary>
internal sealed class ImportChanges
{
    public HashSet<long> MergedPapers { get; } = [];

    public int SummariesChanged { get; set; }

    public int FlagsRaised { get; set; }

    /// <summary>
    /// The first <see cref="KeptMessages"/> change messages (the CLI shows 25, import_run keeps 200): a large article's
    /// tens of thousands would otherwise stay in memory with its report for the rest of the import.
    /// </summary>
    public List<string> Messages { get; } = [];

    public const int KeptMessages = 1000;

    public int MessageCount { get; private set; }

    public int NewPapers { get; private set; }

    public Dictionary<Paper, Contribution> TouchedPapers { get; } = new(ReferenceEqualityComparer.Instance);

    public void Add(string message)
    {
        MessageCount++;
        if (Messages.Count < KeptMessages)
        {
            Messages.Add(message);
        }
    }

    public void AddNewPaper(string title)
    {
        NewPapers++;
        Add($"new paper \"{title}\"");
    }

    public void KeepTitles(Paper paper, IEnumerable<string> titles) => For(paper).Titles.UnionWith(titles);

    public void KeepLinks(Paper paper, IEnumerable<string> urls) => For(paper).Links.UnionWith(urls);

    public void KeepAuthors(Paper paper, IEnumerable<Author> authors) => For(paper).Authors.UnionWith(authors.Select(a => a.Id));

    public void KeepSummary(Paper paper) => For(paper).HasSummary = true;

    private Contribution For(Paper paper)
    {
        if (!TouchedPapers.TryGetValue(paper, out var contribution))
        {
            contribution = new Contribution();
            TouchedPapers[paper] = contribution;
        }

        return contribution;
    }

    /// <summary>The rows of a paper the article (still) stands behind; the rest of the article's rows are removed.</summary>
    internal sealed class Contribution
    {
        public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Links { get; } = new(StringComparer.Ordinal);

        public HashSet<long> Authors { get; } = [];

        public bool HasSummary { get; set; }
    }
}
