using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class PaperLinkConfiguration : IEntityTypeConfiguration<PaperLink>
{
    public void Configure(EntityTypeBuilder<PaperLink> builder)
    {
        builder.ToTable("paper_link", t =>
        {
            t.HasCheckConstraint("ck_paper_link_kind", SnakeCaseEnum<LinkKind>.CheckSql("kind"));
            t.HasCheckConstraint("ck_paper_link_url_http", Constraints.HttpUrl("url"));
        });
        builder.Property(l => l.Url).HasMaxLength(Limits.UrlLength);
        builder.Property(l => l.Kind).HasConversion<SnakeCaseEnumConverter<LinkKind>>().HasMaxLength(16);
        builder.HasIndex(l => new { l.PaperId, l.Url }).IsUnique();
        builder.HasOne(l => l.Paper).WithMany(p => p.Links).HasForeignKey(l => l.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Source).WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
