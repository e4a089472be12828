namespace LlmReadingList.Web.Selections;

/// <summary>
/// The papers a search matches, best first. <c>/search/cite.*</c> and <c>/feeds/search.atom</c> export exactly these,
/// so the search page's engine plugs in here: register its implementation in place of <see cref="TextMatchPaperSearch"/>
/// (WebServices.AddCatalogWeb) and extend <see cref="PaperSearchRequest"/> with the filters its query string carries.
/// </summary>
public interface IPaperSearch
{
    Task<IReadOnlyList<long>> FindAsync(PaperSearchRequest request, int limit, CancellationToken cancellationToken);
}

/// <summary>A search as its query string states it (<c>?q=…</c>), so an export URL is the search URL with another path.</summary>
public sealed record PaperSearchRequest(string Text)
{
    public const int MaxTextLength = 200;

    public bool IsEmpty => Text.Length == 0;

    public static PaperSearchRequest FromQuery(IQueryCollection query)
    {
        var text = query["q"].ToString().Trim();
        return new PaperSearchRequest(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
    }
}
