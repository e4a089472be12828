namespace LlmReadingList.Catalog.Search;

/// <summary>The search page's query-string parameters exactly as received (any of them may be missing or malformed).</summary>
public sealed record SearchParameters(
    string? Q = null,
    string? Year = null,
    string? From = null,
    string? To = null,
    string? Author = null,
    string? Tag = null,
    string? List = null,
    string? Lang = null,
    string? Sort = null,
    string? Page = null);

/// <summary>Why one parameter was refused, in words for the reader.</summary>
public sealed record SearchParameterError(string Parameter, string Message);
