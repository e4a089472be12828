namespace LlmReadingList.Catalog.Data.Model;

/// <summary>A way an author's name has been written; imports match credits to authors through these.</summary>
public sealed class AuthorAlias
{
    public long Id { get; set; }

    public long AuthorId { get; set; }

    public required string Name { get; set; }

    /// <summary>The matching key of <see cref="Name"/> (case, spacing and punctuation folded); unique.</summary>
    public required string NameKey { get; set; }

    public Author? Author { get; set; }
}
