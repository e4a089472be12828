using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// CJK bigrams are taken from a run split into characters once, and only up to the 16,000 positions the document
/// keeps: substr on a long multibyte run is linear in its offset, so one long Chinese run took minutes to index (the
/// fuzz drill's importer sample timed out on an 86,000-character summary).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207140000_BoundedCjkBigrams")]
public sealed class BoundedCjkBigrams : SqlMigration;
