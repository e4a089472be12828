using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>Title keys on papers and alternative titles, so imports match "the same paper by normalised title" with an index.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122070000_TitleKeys")]
public sealed class TitleKeys : SqlMigration;
