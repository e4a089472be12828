using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// The newest-first index also holds what a search's walk tests on each row (the merge flag, the title words and the
/// languages), so a walk reads the index alone instead of one table row per paper it passes (see <c>SearchSql</c>).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207200000_SearchWalkFromIndex")]
public sealed class SearchWalkFromIndex : SqlMigration;
