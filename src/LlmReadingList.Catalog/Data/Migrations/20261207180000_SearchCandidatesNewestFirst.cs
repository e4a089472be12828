using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// Search rows carry the paper's year and whether it was merged away, with an index in the search's newest-first
/// order, so a search can walk the newest papers for a common word instead of reading every match (see
/// <c>SearchSql</c>). The paper trigger now also refreshes the row when the year or the merge changes.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261207180000_SearchCandidatesNewestFirst")]
public sealed class SearchCandidatesNewestFirst : SqlMigration;
