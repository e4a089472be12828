using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LlmReadingList.Catalog.Data;

internal static class XminConcurrency
{
    /// <summary>
    /// Maps the property to PostgreSQL's xmin system column, which changes on every update of the row:
    /// an optimistic concurrency token the database maintains for free (no column is created for it).
    /// </summary>
    public static PropertyBuilder<uint> IsXminConcurrencyToken(this PropertyBuilder<uint> property) =>
        property.HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
}
