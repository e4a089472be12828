using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>Catalog tables, Identity tables, and the search document kept current by triggers.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122050000_InitialSchema")]
public sealed class InitialSchema : SqlMigration;
