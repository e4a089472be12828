using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// Refreshing many papers' search rows looks each paper up by id (unnest + join) instead of testing every paper
/// against the whole id list, and text without Chinese characters skips the CJK bigram pass.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122115000_FasterSearchRefresh")]
public sealed class FasterSearchRefresh : SqlMigration;
