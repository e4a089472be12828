using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperAuthorConfiguration : IEntityTypeConfiguration<PaperAuthor>
{
    public void Configure(EntityTypeBuilder<PaperAuthor> builder)
    {
        builder.ToTable("paper_author", t => t.HasCheckConstraint("ck_paper_author_position", "position >= 0"));
        builder.HasKey(pa => new { pa.PaperId, pa.AuthorId });
        builder.Property(pa => pa.CreditLine).HasMaxLength(Limits.NoteLength);
        builder.HasIndex(pa => pa.AuthorId);
        builder.HasOne(pa => pa.Paper).WithMany(p => p.Authors).HasForeignKey(pa => pa.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(pa => pa.Author).WithMany(a => a.Papers).HasForeignKey(pa => pa.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(pa => pa.Source).WithMany().HasForeignKey(pa => pa.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
