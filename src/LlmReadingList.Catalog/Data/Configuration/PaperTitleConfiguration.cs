using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperTitleConfiguration : IEntityTypeConfiguration<PaperTitle>
{
    public void Configure(EntityTypeBuilder<PaperTitle> builder)
    {
        builder.ToTable("paper_title", t => t.HasCheckConstraint("ck_paper_title_title_not_blank", Constraints.NotBlank("title")));
        builder.Property(t => t.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.TitleKey).HasMaxLength(Limits.TitleLength);
        builder.HasIndex(t => new { t.PaperId, t.Title }).IsUnique();
        builder.HasIndex(t => t.TitleKey);
        builder.HasOne(t => t.Paper).WithMany(p => p.Titles).HasForeignKey(t => t.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Source).WithMany().HasForeignKey(t => t.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
