using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// The words-anywhere index becomes three partial indexes by year, so a search for the newest matches reads the newest
/// span's matches first and stops when it has enough (see <c>DocumentYearBuckets</c>).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207230000_SearchDocumentByYear")]
public sealed class SearchDocumentByYear : SqlMigration;
