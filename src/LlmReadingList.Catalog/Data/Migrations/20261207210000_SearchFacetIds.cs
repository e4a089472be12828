using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// Search rows carry the ids of the paper's authors, tags and lists, so a search counts its facets from the rows it
/// already read instead of probing three link tables once per candidate. Triggers on the link tables keep them current.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207210000_SearchFacetIds")]
public sealed class SearchFacetIds : SqlMigration;
