using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate.Review;

/// <summary>One open flag with what the one-action fix needs: the paper, its version, the other paper involved.</summary>
public sealed record ReviewItem(
    long FlagId,
    uint FlagVersion,
    ReviewFlagKind Kind,
    string Reason,
    string? Source,
    DateTimeOffset CreatedAt,
    long PaperId,
    uint PaperVersion,
    string PaperTitle,
    string PaperSlug,
    int? Year,
    string? ArxivId,
    long? RelatedId,
    uint? RelatedVersion,
    string? RelatedTitle,
    string? RelatedSlug);

public static class ReviewItems
{
    public static Task<List<ReviewItem>> OpenAsync(CatalogDbContext db, ReviewFlagKind? kind, CancellationToken cancellationToken) =>
        db.ReviewFlags.AsNoTracking()
            .Where(f => f.ResolvedAt == null && (kind == null || f.Kind == kind) && f.Paper!.MergedIntoId == null)
            .OrderBy(f => f.Kind).ThenBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Select(f => new ReviewItem(
                f.Id, f.Version, f.Kind, f.Reason, f.Source == null ? null : f.Source.Title, f.CreatedAt,
                f.PaperId, f.Paper!.Version, f.Paper.Title, f.Paper.Slug, f.Paper.Year, f.Paper.ArxivId,
                f.RelatedPaperId, f.RelatedPaper == null ? null : f.RelatedPaper.Version,
                f.RelatedPaper == null ? null : f.RelatedPaper.Title, f.RelatedPaper == null ? null : f.RelatedPaper.Slug))
            .ToListAsync(cancellationToken);
}
