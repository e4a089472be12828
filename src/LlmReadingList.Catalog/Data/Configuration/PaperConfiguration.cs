using LlmReadingList.Catalog.Data.Model;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.ToTable("paper", t =>
        {
            t.HasCheckConstraint("ck_paper_title_not_blank", "btrim(title) <> ''");
            t.HasCheckConstraint("ck_paper_year_plausible", "year BETWEEN 1950 AND 2100");
            t.HasCheckConstraint("ck_paper_arxiv_id_format", Constraints.ArxivIdFormat("arxiv_id"));
            t.HasCheckConstraint("ck_paper_slug_format", Constraints.SlugFormat("slug"));
            t.HasCheckConstraint("ck_paper_not_merged_into_itself", "merged_into_id <> id");
        });

        builder.Property(p => p.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(p => p.TitleKey).HasMaxLength(Limits.TitleLength);
        builder.Property(p => p.Slug).HasMaxLength(Limits.SlugLength);
        builder.Property(p => p.ArxivId).HasMaxLength(32);
        builder.Property(p => p.CuratedFields).HasDefaultValueSql("'{}'::text[]");
        builder.Property(p => p.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(p => p.UpdatedAt).HasDefaultValueSql("now()");
        builder.Property(p => p.Version).IsXminConcurrencyToken();

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.ArxivId).IsUnique().HasFilter("arxiv_id IS NOT NULL");
        builder.HasIndex(p => p.Year);
        // "newest first" (search and browse) in index order, undated papers last
        builder.HasIndex(p => new { p.Year, p.Id }).IsDescending(true, true).HasNullSortOrder(NullSortOrder.NullsLast, NullSortOrder.Unspecified);
        builder.HasIndex(p => p.TitleKey);
        // The importer's suspected-duplicate check: title % title (trigram similarity) over every paper.
        builder.HasIndex(p => p.Title).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => p.MergedIntoId);

        builder.HasOne(p => p.MergedInto).WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}
