using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// Writes hand-made catalog records for tests that need particular data (the seed import gives the realistic set).
/// Call the Add methods, then <see cref="SaveAsync"/>.
/// </summary>
public sealed class CatalogBuilder(CatalogDbContext db)
{
    private readonly Dictionary<string, Source> _sources = [];
    private readonly Dictionary<string, Author> _authors = [];

    public Source Source(string key, string language = "en", string? title = null)
    {
        if (!_sources.TryGetValue(key, out var source))
        {
            source = new Source
            {
                Key = key,
                Title = title ?? $"Article {key}",
                Language = language,
                Parser = "test",
                FileName = $"{key}.txt",
                ContentHash = new string('0', 64),
            };
            _sources[key] = source;
            db.Sources.Add(source);
        }

        return source;
    }

    public Author Author(string name, AuthorKind kind = AuthorKind.Person)
    {
        if (!_authors.TryGetValue(name, out var author))
        {
            // a name with no ASCII letters (a Chinese name) gets a numbered slug
            var slug = Slug.From(name) is { Length: > 0 } fromName ? fromName : $"author-{_authors.Count + 1}";
            author = new Author { Name = name, Slug = slug, Kind = kind };
            author.Aliases.Add(new AuthorAlias { Name = name, NameKey = TitleKey.For(name) });
            _authors[name] = author;
            db.Authors.Add(author);
        }

        return author;
    }

    public Paper Paper(string title, int? year = null, string? arxivId = null, params string[] authors)
    {
        var paper = new Paper
        {
            Title = title,
            TitleKey = TitleKey.For(title),
            Slug = Slug.ForPaper(title, arxivId, "paper"),
            Year = year,
            ArxivId = arxivId,
        };
        if (arxivId is not null)
        {
            paper.Links.Add(new PaperLink { Url = ArxivId.AbstractUrl(arxivId), Kind = LinkKind.Abstract });
        }

        for (var i = 0; i < authors.Length; i++)
        {
            paper.Authors.Add(new PaperAuthor { Author = Author(authors[i]), Position = i });
        }

        db.Papers.Add(paper);
        return paper;
    }

    public Summary Summary(Paper paper, string sourceKey, string markdown, string language = "en")
    {
        var summary = new Summary { Paper = paper, Source = Source(sourceKey, language), BodyMarkdown = markdown, Language = language };
        paper.Summaries.Add(summary);
        return summary;
    }

    public PaperTitle AlternativeTitle(Paper paper, string title, string language)
    {
        var alternative = new PaperTitle { Title = title, TitleKey = TitleKey.For(title), Language = language };
        paper.Titles.Add(alternative);
        return alternative;
    }

    public ReadingList List(string slug, string title, params Paper[] papers)
    {
        var list = new ReadingList { Slug = slug, Title = title };
        for (var i = 0; i < papers.Length; i++)
        {
            list.Entries.Add(new ListEntry { Paper = papers[i], Position = i });
        }

        db.ReadingLists.Add(list);
        return list;
    }

    /// <summary>Appends a paper to a list, under a section heading when given.</summary>
    public ListEntry Entry(ReadingList list, Paper paper, string? section = null)
    {
        var entry = new ListEntry { Paper = paper, Position = list.Entries.Count, Section = section };
        list.Entries.Add(entry);
        return entry;
    }

    /// <summary>Credits a person or organisation on a paper, after its other authors.</summary>
    public PaperAuthor Credit(Paper paper, Author author)
    {
        var credit = new PaperAuthor { Author = author, Position = paper.Authors.Count };
        paper.Authors.Add(credit);
        return credit;
    }

    public PaperLink Link(Paper paper, string url, LinkKind kind)
    {
        var link = new PaperLink { Url = url, Kind = kind };
        paper.Links.Add(link);
        return link;
    }

    /// <summary>Marks <paramref name="merged"/> as merged into <paramref name="survivor"/> (it then only redirects).</summary>
    public void Merge(Paper merged, Paper survivor) => merged.MergedInto = survivor;

    /// <summary>An old slug leading to a record; the target must have been saved (it needs an id).</summary>
    public SlugRedirect Redirect(string entityType, string oldSlug, long targetId)
    {
        var redirect = new SlugRedirect { EntityType = entityType, OldSlug = oldSlug, TargetId = targetId };
        db.SlugRedirects.Add(redirect);
        return redirect;
    }

    public Tag Tag(string slug, string name, params Paper[] papers)
    {
        var tag = new Tag { Slug = slug, Name = name };
        foreach (var paper in papers)
        {
            tag.Papers.Add(new PaperTag { Paper = paper });
        }

        db.Tags.Add(tag);
        return tag;
    }

    public Task SaveAsync() => db.SaveChangesAsync();
}
