using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Shared;

/// <summary>A reading list as indexes show it.</summary>
public sealed record ListSummary(string Slug, string Title, string? Description, string? Language, int Entries, string? SourceTitle, string? SourceLanguage);

/// <summary>Every reading list with its entry count, shared by the home page and the lists index.</summary>
public sealed class ListSummariesQuery(CatalogDbContext db)
{
    public async Task<IReadOnlyList<ListSummary>> RunAsync(CancellationToken cancellationToken) =>
        await db.ReadingLists.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new ListSummary(l.Slug, l.Title, l.Description, l.Language, l.Entries.Count, l.Source!.Title, l.Source.Language))
            .ToListAsync(cancellationToken);
}
