using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entry", t => t.HasCheckConstraint("ck_audit_entry_actor_not_blank", Constraints.NotBlank("actor")));
        builder.Property(a => a.At).HasDefaultValueSql("now()");
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(32);
        builder.Property(a => a.Field).HasMaxLength(64);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.ChangeSet);
    }
}
