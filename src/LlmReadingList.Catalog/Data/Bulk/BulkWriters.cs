using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace LlmReadingList.Catalog.Data.Bulk;

/// <summary>
/// Binary COPY of tracked entities into their tables. Columns, value conversions and store types come from the EF
/// model, so a column added to an entity is written here without anyone remembering to.
/// </summary>
internal static partial class BulkWriters
{
    public static async Task CopyAsync<T>(CatalogDbContext db, NpgsqlConnection connection, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated is not (ValueGenerated.OnAddOrUpdate or ValueGenerated.OnUpdate)) // xmin
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToList();

        var columnList = string.Join(", ", columns.Select(c => c.Name));
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Read(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private sealed class Column(IProperty property, string name, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly bool _storeDefault = property.GetDefaultValueSql() is not null;

        public string Name { get; } = name;

        /// <summary>The store type without length facets: "character varying(500)" is written as "character varying".</summary>
        public string DataTypeName { get; } = Facets().Replace(mapping.StoreType, string.Empty);

        public object? Read(object entity)
        {
            var value = _getter.GetClrValue(entity);
            if (_storeDefault && _getter.HasSentinelValue(entity))
            {
                // EF would leave the column to its default; a COPY cannot, and the CLR default (year 1, say) is wrong.
                throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} must be set before a bulk write");
            }

            return value is null || mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
        }
    }

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();
}
