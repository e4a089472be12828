namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>A person or organisation named in a credit line, with its name as the catalog should record it.</summary>
public sealed record ParsedCredit(string Name, AuthorKind Kind);
