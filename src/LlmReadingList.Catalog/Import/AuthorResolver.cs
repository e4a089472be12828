using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Parsing;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>Finds the author record for a credited name (through the names it has been written as), or creates it.</summary>
internal sealed class AuthorResolver(CatalogDbContext db, SlugReservations slugs)
{
    private readonly Dictionary<string, Author> _byKey = new(StringComparer.Ordinal);

    public async Task PreloadAsync(IEnumerable<ParsedCredit> credits, CancellationToken cancellationToken)
    {
        var keys = credits.Select(c => TitleKey.For(c.Name)).Where(k => k.Length > 0 && !_byKey.ContainsKey(k)).Distinct().ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var aliases = await db.AuthorAliases.Include(a => a.Author).Where(a => keys.Contains(a.NameKey)).ToListAsync(cancellationToken);
        foreach (var alias in aliases)
        {
            var author = alias.Author!;
            while (author.MergedIntoId is { } survivorId)
            {
                author = await db.Authors.SingleAsync(a => a.Id == survivorId, cancellationToken);
            }

            _byKey[alias.NameKey] = author;
        }
    }

    /// <summary>The author for the credit; <paramref name="created"/> tells whether it is new.</summary>
    public async Task<(Author Author, bool Created)> ResolveAsync(ParsedCredit credit, CancellationToken cancellationToken)
    {
        var key = TitleKey.For(credit.Name);
        if (_byKey.TryGetValue(key, out var known))
        {
            return (known, false);
        }

        var slug = await slugs.ReserveAsync(SlugReservations.Author, Slug.From(credit.Name), cancellationToken);
        var author = new Author { Name = credit.Name, Slug = slug.Length > 0 ? slug : "author", Kind = credit.Kind };
        author.Aliases.Add(new AuthorAlias { Name = credit.Name, NameKey = key });
        db.Authors.Add(author);
        _byKey[key] = author;
        return (author, true);
    }
}
