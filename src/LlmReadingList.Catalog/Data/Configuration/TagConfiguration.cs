using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tag", t =>
        {
            t.HasCheckConstraint("ck_tag_name_not_blank", Constraints.NotBlank("name"));
            t.HasCheckConstraint("ck_tag_slug_format", Constraints.SlugFormat("slug"));
        });
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Slug).HasMaxLength(Limits.SlugLength);
        builder.Property(t => t.Description).HasMaxLength(Limits.NoteLength);
        builder.Property(t => t.Version).IsXminConcurrencyToken();
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
