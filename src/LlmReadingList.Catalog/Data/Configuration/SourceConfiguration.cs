using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("source", t =>
        {
            t.HasCheckConstraint("ck_source_title_not_blank", Constraints.NotBlank("title"));
            t.HasCheckConstraint("ck_source_key_format", Constraints.SlugFormat("key"));
            t.HasCheckConstraint("ck_source_url_http", Constraints.HttpUrl("url"));
        });
        builder.Property(s => s.Key).HasMaxLength(Limits.SlugLength);
        builder.Property(s => s.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(s => s.Url).HasMaxLength(Limits.UrlLength);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.Publisher).HasMaxLength(Limits.NameLength);
        builder.Property(s => s.Parser).HasMaxLength(64);
        builder.Property(s => s.FileName).HasMaxLength(260);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.ImportedAt).HasDefaultValueSql("now()");
        builder.Property(s => s.Version).IsXminConcurrencyToken();
        builder.HasIndex(s => s.Key).IsUnique();
    }
}
