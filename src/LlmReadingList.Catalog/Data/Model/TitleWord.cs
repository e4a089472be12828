namespace LlmReadingList.Catalog.Data.Model;

/// <summary>
/// A word that occurs in some paper's titles (lower-cased, three letters or more), so that search can correct a
/// misspelt or partial word against a few hundred thousand words instead of a million titles. Filled by the search
/// refresh function; never pruned (a stale word only offers a correction that matches nothing).
/// </summary>
public sealed class TitleWord
{
    public string Word { get; set; } = string.Empty;
}
