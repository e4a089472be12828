using LlmReadingList.Catalog.Data.Model;
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
        builder.HasIndex(d => d.Document).HasMethod("gin");
        builder.HasIndex(d => d.TitleDocument).HasMethod("gin");
        builder.HasIndex(d => d.Titles).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasOne(d => d.Paper).WithOne().HasForeignKey<PaperSearchDocument>(d => d.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
