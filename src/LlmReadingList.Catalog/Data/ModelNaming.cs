using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LlmReadingList.Catalog.Data;

/// <summary>
/// Applies snake_case to every table, column, key, foreign key and index the model has (including Identity's),
/// because EFCore.NamingConventions cannot be restored here.
/// </summary>
internal static class ModelNaming
{
    public static void ApplySnakeCase(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }

            var tableName = table.StartsWith("AspNet", StringComparison.Ordinal)
                ? "identity_" + SnakeCase.From(table["AspNet".Length..]).TrimEnd('s')
                : SnakeCase.From(table);
            entity.SetTableName(tableName);
            var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());

            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is { } column && column != "xmin")
                {
                    property.SetColumnName(SnakeCase.From(column));
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase.From(key.GetName() ?? string.Empty));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase.From(foreignKey.GetConstraintName() ?? string.Empty));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase.From(index.GetDatabaseName() ?? string.Empty));
            }
        }
    }
}
