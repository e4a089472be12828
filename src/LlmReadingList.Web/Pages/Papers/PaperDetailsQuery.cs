using LlmReadingList.Catalog.Data;
using LlmReadingList.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Papers;

/// <summary>A paper's page by slug; old slugs and merged papers lead (301) to the paper that survives.</summary>
public sealed class PaperDetailsQuery(CatalogDbContext db, RelatedPapersQuery related)
{
    public async Task<Lookup<PaperDetails>> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var paper = await db.Papers.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.MergedIntoId })
            .FirstOrDefaultAsync(cancellationToken);
        if (paper is null)
        {
            var target = await db.TargetAsync(SlugRedirects.Paper, slug, cancellationToken);
            return target is { } id ? await MovedToAsync(id, cancellationToken) : Lookup<PaperDetails>.Missing;
        }

        if (paper.MergedIntoId is { } survivor)
        {
            return await MovedToAsync(survivor, cancellationToken);
        }

        var details = await LoadAsync(paper.Id, cancellationToken);
        return Lookup<PaperDetails>.Show(details with { Related = await related.RunAsync(paper.Id, cancellationToken) });
    }

    private Task<PaperDetails> LoadAsync(long id, CancellationToken cancellationToken) =>
        db.Papers.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PaperDetails(
                p.Id,
                p.Slug,
                p.Title,
                p.Year,
                p.ArxivId,
                p.Titles.Where(t => t.Title != p.Title).OrderBy(t => t.Language).ThenBy(t => t.Id)
                    .Select(t => new AlternativeTitle(t.Title, t.Language)).ToList(),
                p.Authors.OrderBy(a => a.Position).Select(a => new Credit(a.Author!.Name, a.Author.Slug, a.Author.Kind)).ToList(),
                p.Links.OrderBy(l => l.Id).Select(l => new PaperLinkRow(l.Url, l.Kind)).ToList(),
                p.Summaries.OrderBy(s => s.Id).Select(s => new SummaryRow(
                    s.Id,
                    s.Heading,
                    s.BodyMarkdown,
                    s.Language,
                    s.CreditLine,
                    s.Source!.Title,
                    s.Source.Url,
                    s.Source.Language,
                    db.ReadingLists.Where(l => l.SourceId == s.SourceId).Select(l => l.Slug).FirstOrDefault())).ToList(),
                p.ListEntries.OrderBy(e => e.ListId).Select(e => new ListAppearance(e.List!.Slug, e.List.Title, e.List.Language, e.Position, e.Section)).ToList(),
                p.Tags.OrderBy(t => t.Tag!.Name).Select(t => new TagRow(t.Tag!.Slug, t.Tag.Name)).ToList()))
            .AsSplitQuery()
            .SingleAsync(cancellationToken);

    private async Task<Lookup<PaperDetails>> MovedToAsync(long id, CancellationToken cancellationToken) =>
        await MergeSurvivors.PaperAsync(db, id, cancellationToken) is { } survivor
            ? Lookup<PaperDetails>.Moved(Paths.Paper(survivor.Slug))
            : Lookup<PaperDetails>.Missing;
}
