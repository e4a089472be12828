using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class CatalogUserConfiguration : IEntityTypeConfiguration<CatalogUser>
{
    public void Configure(EntityTypeBuilder<CatalogUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
    }
}
