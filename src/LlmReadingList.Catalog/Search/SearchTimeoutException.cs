namespace LlmReadingList.Catalog.Search;

/// <summary>The search took longer than its statement timeout (see <see cref="SearchSql.Settings(bool)"/>).</summary>
public sealed class SearchTimeoutException : Exception
{
    public SearchTimeoutException()
    {
    }

    public SearchTimeoutException(string message)
        : base(message)
    {
    }

    public SearchTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
