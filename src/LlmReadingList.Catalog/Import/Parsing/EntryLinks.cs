using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>Builds an entry's link list: arXiv links stored as the abstract URL, every link classified, no repeats.</summary>
internal sealed class EntryLinks
{
    private readonly List<ParsedLink> _links = [];

    public IReadOnlyList<ParsedLink> Links => _links;

    /// <summary>The arXiv id of the first arXiv link, or null.</summary>
    public string? ArxivId { get; private set; }

    public void Add(string url)
    {
        var link = Normalize(url);
        if (_links.Exists(l => l.Url.Equals(link.Url, StringComparison.OrdinalIgnoreCase)))
            return;
        _links.Add(link);
        if (ArxivId is null && Text.ArxivId.TryParse(link.Url, out var id))
            ArxivId = id;
    }

    public void AddAllIn(string text)
    {
        foreach (var url in LinkClassifier.ExtractUrls(text))
            Add(url);
    }

    public static ParsedLink Normalize(string url) =>
        Text.ArxivId.TryParse(url, out var id)
            ? new ParsedLink(Text.ArxivId.AbstractUrl(id), LinkKind.Abstract)
            : new ParsedLink(url, LinkClassifier.Classify(url));
}
