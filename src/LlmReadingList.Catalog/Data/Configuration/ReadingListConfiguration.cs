using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class ReadingListConfiguration : IEntityTypeConfiguration<ReadingList>
{
    public void Configure(EntityTypeBuilder<ReadingList> builder)
    {
        builder.ToTable("reading_list", t =>
        {
            t.HasCheckConstraint("ck_reading_list_title_not_blank", Constraints.NotBlank("title"));
            t.HasCheckConstraint("ck_reading_list_slug_format", Constraints.SlugFormat("slug"));
        });
        builder.Property(l => l.Slug).HasMaxLength(Limits.SlugLength);
        builder.Property(l => l.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(l => l.Description).HasMaxLength(Limits.NoteLength);
        builder.Property(l => l.Language).HasMaxLength(8);
        builder.Property(l => l.CuratedFields).HasDefaultValueSql("'{}'::text[]");
        builder.Property(l => l.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(l => l.UpdatedAt).HasDefaultValueSql("now()");
        builder.Property(l => l.Version).IsXminConcurrencyToken();
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.HasIndex(l => l.SourceId).IsUnique().HasFilter("source_id IS NOT NULL");
        builder.HasOne(l => l.Source).WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
