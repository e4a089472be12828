namespace LlmReadingList.Catalog.Curation;

/// <summary>What became of a curator's save.</summary>
public abstract record EditOutcome
{
    /// <summary>Saved; <paramref name="Id"/> names the record when the caller cannot know it (a new one).</summary>
    public sealed record Saved(string? Slug = null, long? Id = null) : EditOutcome;

    public sealed record NotFound : EditOutcome;

    /// <summary>Someone saved the record after this curator loaded it; nothing was written.</summary>
    public sealed record Conflict : EditOutcome;

    /// <summary>The values break a rule; field name (as the form names it, or "" for the whole form) → message.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : EditOutcome;

    public static Invalid Because(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
