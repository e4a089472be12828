namespace LlmReadingList.Catalog.Data.Model;

public enum ReviewFlagKind
{
    /// <summary>The article gave no title; the catalog's title was derived from the text.</summary>
    ProvisionalTitle,

    /// <summary>No arXiv id and no year stated by the article.</summary>
    MissingYear,

    /// <summary>Two different papers link the same arXiv id; one link is wrong.</summary>
    ConflictingArxivId,

    /// <summary>Another paper has a very similar title.</summary>
    SuspectedDuplicate,

    /// <summary>The entry links something that is not a paper (a blog post, say).</summary>
    NotAPaper,
}
