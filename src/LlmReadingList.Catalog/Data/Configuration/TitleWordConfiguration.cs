using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data.Configuration;

internal sealed class TitleWordConfiguration : IEntityTypeConfiguration<TitleWord>
{
    public void Configure(EntityTypeBuilder<TitleWord> builder)
    {
        builder.ToTable("title_word");
        builder.HasKey(w => w.Word);
        builder.HasIndex(w => w.Word).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
