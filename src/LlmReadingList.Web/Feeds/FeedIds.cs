namespace LlmReadingList.Web.Feeds;

/// <summary>
/// Atom ids as tag URIs (RFC 4151) on the site's host, so an entry keeps its id when a paper's slug changes or the
/// site moves between http and https.
/// </summary>
public static class FeedIds
{
    // The year the catalog first published feeds: part of every tag URI, never to change.
    private const string TagDate = "2026";

    public static string For(Uri siteBase, string specific) => $"tag:{siteBase.IdnHost.ToLowerInvariant()},{TagDate}:{specific}";
}
