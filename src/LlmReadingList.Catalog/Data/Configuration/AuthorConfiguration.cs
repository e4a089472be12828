using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.ToTable("author", t =>
        {
            t.HasCheckConstraint("ck_author_name_not_blank", Constraints.NotBlank("name"));
            t.HasCheckConstraint("ck_author_kind", SnakeCaseEnum<AuthorKind>.CheckSql("kind"));
            t.HasCheckConstraint("ck_author_slug_format", Constraints.SlugFormat("slug"));
        });
        builder.Property(a => a.Name).HasMaxLength(Limits.NameLength);
        builder.Property(a => a.Slug).HasMaxLength(Limits.SlugLength);
        builder.Property(a => a.Kind).HasConversion<SnakeCaseEnumConverter<AuthorKind>>().HasMaxLength(16);
        builder.Property(a => a.CuratedFields).HasDefaultValueSql("'{}'::text[]");
        builder.Property(a => a.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(a => a.UpdatedAt).HasDefaultValueSql("now()");
        builder.Property(a => a.Version).IsXminConcurrencyToken();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Kind);
        builder.HasOne<Author>().WithMany().HasForeignKey(a => a.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}
