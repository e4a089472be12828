namespace LlmReadingList.Catalog.Search;

public enum QueryTermKind
{
    /// <summary>One English (non-CJK) word, matched with stemming.</summary>
    Word,

    /// <summary>Quoted English words, matched in order.</summary>
    Phrase,

    /// <summary>A run of Chinese characters, matched as consecutive character bigrams anywhere in the text.</summary>
    Cjk,
}

/// <summary>One thing the reader asked for: a word, a quoted phrase (its words joined by spaces) or a CJK run.</summary>
public sealed record QueryTerm(QueryTermKind Kind, string Text);
