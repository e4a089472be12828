using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// What the search page needs: a titles-only tsvector (GIN), the languages of each paper on its search row, an index
/// for newest-first order, and <c>catalog_search_tsquery</c>, which joins a parsed query's pieces into one tsquery.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122090000_SearchQueries")]
public sealed class SearchQueries : SqlMigration;
