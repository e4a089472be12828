using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>
/// The web app over the imported seed plus a few hand-made records the seed lacks: a title full of LaTeX's special
/// characters with non-ASCII and particle names and an organisation, a paper known only by a blog post, two papers
/// whose citation keys collide, a merged paper, and renamed slugs.
/// </summary>
public class SeededCatalogWebApp : CatalogWebApp
{
    public const string TrickyTitle = @"Braces {and} back\slash: 100% R&D $5 #1 snake_case ~tilde ^caret";
    public const string TrickyArxivId = "2412.00001";
    public const string ListSlug = "interop-fixtures";
    public const string OldListSlug = "old-interop-fixtures";
    public const string OldPaperSlug = "old-tricky-slug";

    public string TrickySlug { get; private set; } = string.Empty;

    public string BlogOnlySlug { get; private set; } = string.Empty;

    public string MergedSlug { get; private set; } = string.Empty;

    public IReadOnlyList<string> FusionSlugs { get; private set; } = [];

    protected override async Task SeedAsync()
    {
        await ImportSeedAsync();
        await using var db = CreateDbContext();
        var builder = new CatalogBuilder(db);
        var tricky = builder.Paper(TrickyTitle, 2024, TrickyArxivId, "José Ñúñez", "Ludwig van Beethoven");
        tricky.Authors.Add(new PaperAuthor { Author = builder.Author("Zhipu AI Lab", AuthorKind.Organization), Position = 2 });
        builder.AlternativeTitle(tricky, "花括号与反斜杠", "zh");
        builder.Summary(tricky, "interop-article", "A *summary* with <b>raw HTML</b>\u0001 and a [link](https://example.org).");
        var blogOnly = builder.Paper("注意力机制综述", 2023);
        blogOnly.Links.Add(new PaperLink { Url = "https://example.org/blog/attention", Kind = LinkKind.Blog });
        var fusion1 = builder.Paper("Fusion Networks for Retrieval", 2021, null, "Mara Quillfeather");
        fusion1.Links.Add(new PaperLink { Url = "https://example.org/fusion.pdf", Kind = LinkKind.Pdf });
        var fusion2 = builder.Paper("Fusion Everywhere", 2021, null, "Mara Quillfeather");
        var merged = builder.Paper("An early duplicate of the tricky paper", 2024);
        builder.List(ListSlug, "Interop fixtures", tricky, blogOnly, fusion1, fusion2);
        builder.Tag("interop", "Interop & exports", tricky, fusion1);
        await builder.SaveAsync();

        merged.MergedIntoId = tricky.Id;
        var list = await db.ReadingLists.SingleAsync(l => l.Slug == ListSlug);
        db.SlugRedirects.AddRange(
            new SlugRedirect { EntityType = "paper", OldSlug = OldPaperSlug, TargetId = tricky.Id },
            new SlugRedirect { EntityType = "list", OldSlug = OldListSlug, TargetId = list.Id });
        await db.SaveChangesAsync();
        (TrickySlug, BlogOnlySlug, MergedSlug, FusionSlugs) = (tricky.Slug, blogOnly.Slug, merged.Slug, [fusion1.Slug, fusion2.Slug]);
    }
}
