using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("import_run", t => t.HasCheckConstraint("ck_import_run_status", SnakeCaseEnum<ImportStatus>.CheckSql("status")));
        builder.Property(r => r.FileName).HasMaxLength(1000);
        builder.Property(r => r.SourceKey).HasMaxLength(Limits.SlugLength);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<SnakeCaseEnumConverter<ImportStatus>>().HasMaxLength(16);
        builder.HasIndex(r => r.StartedAt);
    }
}
