using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class SummaryConfiguration : IEntityTypeConfiguration<Summary>
{
    public void Configure(EntityTypeBuilder<Summary> builder)
    {
        builder.ToTable("summary", t => t.HasCheckConstraint("ck_summary_body_not_blank", Constraints.NotBlank("body_markdown")));
        builder.Property(s => s.Heading).HasMaxLength(Limits.TitleLength);
        builder.Property(s => s.BodyMarkdown).HasMaxLength(Limits.SummaryLength);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.CreditLine).HasMaxLength(Limits.NoteLength);
        builder.Property(s => s.CuratedFields).HasDefaultValueSql("'{}'::text[]");
        builder.Property(s => s.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(s => s.UpdatedAt).HasDefaultValueSql("now()");
        builder.Property(s => s.Version).IsXminConcurrencyToken();
        builder.HasIndex(s => new { s.PaperId, s.SourceId }).IsUnique();
        builder.HasIndex(s => s.SourceId);
        builder.HasOne(s => s.Paper).WithMany(p => p.Summaries).HasForeignKey(s => s.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Source).WithMany(s => s.Summaries).HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
