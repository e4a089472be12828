using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class ListEntryConfiguration : IEntityTypeConfiguration<ListEntry>
{
    public void Configure(EntityTypeBuilder<ListEntry> builder)
    {
        builder.ToTable("list_entry", t => t.HasCheckConstraint("ck_list_entry_position", "position >= 0"));
        builder.Property(e => e.Section).HasMaxLength(Limits.TitleLength);
        builder.Property(e => e.Note).HasMaxLength(Limits.NoteLength);
        builder.Property(e => e.Version).IsXminConcurrencyToken();
        builder.HasIndex(e => new { e.ListId, e.PaperId }).IsUnique();
        builder.HasIndex(e => new { e.ListId, e.Position });
        builder.HasIndex(e => e.PaperId);
        builder.HasOne(e => e.List).WithMany(l => l.Entries).HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Paper).WithMany(p => p.ListEntries).HasForeignKey(e => e.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
