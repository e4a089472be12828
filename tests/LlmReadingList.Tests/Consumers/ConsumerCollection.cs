using LlmReadingList.Catalog;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Consumers;

/// <summary>The consumer checks share one seeded catalog: they only read it.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<SeededCatalogWebApp>
{
    public const string Name = "Consumers";
}

/// <summary>A paper as the catalog stores it, to compare with what a consumer read from an export.</summary>
public sealed record CatalogPaper(string Title, int? Year, string? ArxivId, IReadOnlyList<(string Name, AuthorKind Kind)> Authors);

public static class CatalogPapers
{
    /// <summary>A list's papers in list order, straight from the database.</summary>
    public static async Task<IReadOnlyList<CatalogPaper>> OfListAsync(TestDatabase database, string listSlug)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.ListEntries.AsNoTracking()
            .Where(e => e.List!.Slug == listSlug)
            .OrderBy(e => e.Position)
            .Select(e => new
            {
                e.Paper!.Title,
                e.Paper.Year,
                e.Paper.ArxivId,
                Authors = e.Paper.Authors.OrderBy(a => a.Position).ThenBy(a => a.AuthorId).Select(a => new { a.Author!.Name, a.Author.Kind }).ToList(),
            })
            .ToListAsync();
        return rows.Select(r => new CatalogPaper(r.Title, r.Year, r.ArxivId, r.Authors.Select(a => (a.Name, a.Kind)).ToList())).ToList();
    }

    public static async Task<string> GetTextAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
