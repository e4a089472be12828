using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// The search rows' word indexes become three partial indexes each, by span of years, so a search for the newest
/// matches reads the newest span's matches first and stops when it has enough (see <c>SearchYearSpans</c>).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207230000_SearchIndexesByYear")]
public sealed class SearchIndexesByYear : SqlMigration;
