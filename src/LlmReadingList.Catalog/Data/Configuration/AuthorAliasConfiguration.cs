using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class AuthorAliasConfiguration : IEntityTypeConfiguration<AuthorAlias>
{
    public void Configure(EntityTypeBuilder<AuthorAlias> builder)
    {
        builder.ToTable("author_alias", t => t.HasCheckConstraint("ck_author_alias_name_key_not_blank", Constraints.NotBlank("name_key")));
        builder.Property(a => a.Name).HasMaxLength(Limits.NameLength);
        builder.Property(a => a.NameKey).HasMaxLength(Limits.NameLength);
        builder.HasIndex(a => a.NameKey).IsUnique();
        builder.HasIndex(a => a.AuthorId);
        builder.HasOne(a => a.Author).WithMany(a => a.Aliases).HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}
