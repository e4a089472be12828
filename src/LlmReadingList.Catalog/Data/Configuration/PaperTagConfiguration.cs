using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperTagConfiguration : IEntityTypeConfiguration<PaperTag>
{
    public void Configure(EntityTypeBuilder<PaperTag> builder)
    {
        builder.ToTable("paper_tag");
        builder.HasKey(pt => new { pt.PaperId, pt.TagId });
        builder.HasIndex(pt => pt.TagId);
        builder.HasOne(pt => pt.Paper).WithMany(p => p.Tags).HasForeignKey(pt => pt.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(pt => pt.Tag).WithMany(t => t.Papers).HasForeignKey(pt => pt.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
