using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Search;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperSearchDocumentConfiguration : IEntityTypeConfiguration<PaperSearchDocument>
{
    public void Configure(EntityTypeBuilder<PaperSearchDocument> builder)
    {
        builder.ToTable("paper_search");
        builder.HasKey(d => d.PaperId);
        builder.Property(d => d.PaperId).ValueGeneratedNever();
        foreach (var span in SearchYearSpans.NewestFirst)
        {
            builder.HasIndex(d => d.Document, span.IndexName("document")).HasMethod("gin").HasFilter(span.Predicate("year"));
            builder.HasIndex(d => d.TitleDocument, span.IndexName("title_document")).HasMethod("gin").HasFilter(span.Predicate("year"));
        }

        builder.HasIndex(d => new { d.Year, d.PaperId }).IsDescending(true, true).HasNullSortOrder(NullSortOrder.NullsLast, NullSortOrder.Unspecified)
            .IncludeProperties(d => new { d.Merged, d.TitleDocument, d.Languages });
        builder.HasIndex(d => d.Titles).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasOne(d => d.Paper).WithOne().HasForeignKey<PaperSearchDocument>(d => d.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
