using System.Linq.Expressions;
using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>Another title of a paper, in its language ("en", "zh").</summary>
public sealed record AlternativeTitle(string Title, string Language);

/// <summary>A person or organisation credited on a paper.</summary>
public sealed record Credit(string Name, string Slug, AuthorKind Kind);

/// <summary>A paper as lists of papers show it: title, year, credits and the languages it can be read about in.</summary>
public sealed record PaperCard(
    long Id,
    string Slug,
    string Title,
    int? Year,
    IReadOnlyList<Credit> Credits,
    IReadOnlyList<string> SummaryLanguages,
    IReadOnlyList<AlternativeTitle> OtherTitles)
{
    public IReadOnlyList<string> Languages => PaperLanguages.Of(SummaryLanguages, OtherTitles.Select(t => t.Language));

    /// <summary>The paper's Chinese title, shown beside the English one.</summary>
    public string? ChineseTitle => OtherTitles.FirstOrDefault(t => t.Language == Language.Chinese && t.Title != Title)?.Title;

    /// <summary>The projection every paper listing uses; it only reads what a card shows.</summary>
    public static Expression<Func<Paper, PaperCard>> Projection { get; } = p => new PaperCard(
        p.Id,
        p.Slug,
        p.Title,
        p.Year,
        p.Authors.OrderBy(a => a.Position).Select(a => new Credit(a.Author!.Name, a.Author.Slug, a.Author.Kind)).ToList(),
        p.Summaries.Select(s => s.Language).ToList(),
        p.Titles.OrderBy(t => t.Id).Select(t => new AlternativeTitle(t.Title, t.Language)).ToList());
}

public static class PaperLanguages
{
    /// <summary>Languages of a paper's summaries and other titles, English first, each once.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> summaryLanguages, IEnumerable<string> titleLanguages) =>
        summaryLanguages.Concat(titleLanguages)
            .Select(l => l.Trim().ToLowerInvariant())
            .Where(l => l.Length > 0)
            .Distinct()
            .OrderBy(l => l == Language.English ? 0 : 1)
            .ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
}
