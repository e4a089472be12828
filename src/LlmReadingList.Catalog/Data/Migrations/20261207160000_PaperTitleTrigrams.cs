using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// A trigram index on paper titles, so the importer's suspected-duplicate check (<c>title % title</c>) is an index
/// probe per new paper instead of a similarity computed against every paper (5,000 new papers took minutes).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207160000_PaperTitleTrigrams")]
public sealed class PaperTitleTrigrams : SqlMigration;
