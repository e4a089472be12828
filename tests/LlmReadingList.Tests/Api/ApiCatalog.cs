using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Api;

/// <summary>
/// The web app over a small hand-made catalog for the JSON API: two papers with every kind of detail, a paper and an
/// author merged into them, a list with sections, notes and an entry for the merged paper, a tag, and 25 look-alike
/// papers to page through.
/// </summary>
public sealed class ApiCatalog : CatalogWebApp
{
    public const string AttentionTitle = "Attention Is All You Need";
    public const string BertTitle = "BERT: Pre-training of Deep Bidirectional Transformers";
    public const string ListSlug = "transformer-reading";
    public const int ScalingPapers = 25;

    public long AttentionId { get; private set; }

    public string AttentionSlug { get; private set; } = string.Empty;

    public long BertId { get; private set; }

    public long DuplicateId { get; private set; }

    public long ListId { get; private set; }

    public long SourceId { get; private set; }

    public long VaswaniId { get; private set; }

    public long MergedAuthorId { get; private set; }

    public long TagId { get; private set; }

    protected override async Task SeedAsync()
    {
        await using var db = CreateDbContext();
        var catalog = new CatalogBuilder(db);
        var source = catalog.Source("forty-papers", "en", "Forty papers to read");
        source.Url = "https://example.org/forty-papers";
        source.Publisher = "Example Blog";

        var attention = catalog.Paper(AttentionTitle, 2017, "1706.03762", "Ashish Vaswani", "Noam Shazeer");
        catalog.Credit(attention, catalog.Author("Google Brain", AuthorKind.Organization));
        catalog.AlternativeTitle(attention, "注意力就是你所需要的一切", "zh");
        catalog.Link(attention, "https://github.com/tensorflow/tensor2tensor", LinkKind.Code);
        catalog.Summary(attention, "forty-papers", "The **Transformer** replaces recurrence with self-attention.");
        catalog.Summary(attention, "zh-roundup", "提出了Transformer架构。", "zh");

        var bert = catalog.Paper(BertTitle, 2018, "1810.04805", "Jacob Devlin");
        var duplicate = catalog.Paper("Attention is all you need (preprint)", 2017, null, "A. Vaswani");

        var list = catalog.List(ListSlug, "Transformer reading");
        list.Source = source;
        list.Description = "Where transformers came from.";
        list.Language = "en";
        catalog.Entry(list, attention, "Foundations").Note = "Start here.";
        catalog.Entry(list, bert, "Pre-training");
        catalog.Entry(list, duplicate, "Pre-training");
        var tag = catalog.Tag("transformers", "Transformers", attention, bert);

        for (var i = 1; i <= ScalingPapers; i++)
        {
            catalog.Paper($"Scaling study {i:00}", 2020, null, "Mara Quillfeather");
        }

        await catalog.SaveAsync();

        var vaswani = await db.Authors.SingleAsync(a => a.Name == "Ashish Vaswani");
        var mergedAuthor = await db.Authors.SingleAsync(a => a.Name == "A. Vaswani");
        duplicate.MergedIntoId = attention.Id;
        mergedAuthor.MergedIntoId = vaswani.Id;
        await db.SaveChangesAsync();

        (AttentionId, AttentionSlug, BertId, DuplicateId, ListId, SourceId, VaswaniId, MergedAuthorId, TagId) =
            (attention.Id, attention.Slug, bert.Id, duplicate.Id, list.Id, source.Id, vaswani.Id, mergedAuthor.Id, tag.Id);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiCatalog>
{
    public const string Name = "Api";
}
