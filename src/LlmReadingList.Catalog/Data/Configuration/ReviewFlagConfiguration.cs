using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class ReviewFlagConfiguration : IEntityTypeConfiguration<ReviewFlag>
{
    public void Configure(EntityTypeBuilder<ReviewFlag> builder)
    {
        builder.ToTable("review_flag", t =>
        {
            t.HasCheckConstraint("ck_review_flag_kind", SnakeCaseEnum<ReviewFlagKind>.CheckSql("kind"));
            t.HasCheckConstraint("ck_review_flag_reason_not_blank", Constraints.NotBlank("reason"));
        });
        builder.Property(f => f.Kind).HasConversion<SnakeCaseEnumConverter<ReviewFlagKind>>().HasMaxLength(32);
        builder.Property(f => f.Reason).HasMaxLength(Limits.NoteLength);
        builder.Property(f => f.ResolvedBy).HasMaxLength(256);
        builder.Property(f => f.Resolution).HasMaxLength(Limits.NoteLength);
        builder.Property(f => f.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(f => f.Version).IsXminConcurrencyToken();
        // One open-or-closed flag of a kind per paper and article: re-imports find it instead of adding another.
        builder.HasIndex(f => new { f.PaperId, f.Kind, f.SourceId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(f => f.CreatedAt).HasFilter("resolved_at IS NULL").HasDatabaseName("ix_review_flag_open");
        builder.HasOne(f => f.Paper).WithMany(p => p.Flags).HasForeignKey(f => f.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.RelatedPaper).WithMany().HasForeignKey(f => f.RelatedPaperId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
