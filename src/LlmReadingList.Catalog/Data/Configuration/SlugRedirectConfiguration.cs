using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.ToTable("slug_redirect", t => t.HasCheckConstraint("ck_slug_redirect_entity_type", "entity_type IN ('paper', 'author', 'list', 'tag')"));
        builder.HasKey(r => new { r.EntityType, r.OldSlug });
        builder.Property(r => r.EntityType).HasMaxLength(16);
        builder.Property(r => r.OldSlug).HasMaxLength(Limits.SlugLength);
        builder.Property(r => r.CreatedAt).HasDefaultValueSql("now()");
    }
}
