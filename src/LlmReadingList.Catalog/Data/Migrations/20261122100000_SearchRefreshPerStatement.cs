using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// The search document is refreshed once per statement for all the papers it touched (transition tables) instead of
/// once per row: a batch of inserted summaries, a COPY or a bulk import refreshes each paper once, set-based.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122100000_SearchRefreshPerStatement")]
public sealed class SearchRefreshPerStatement : SqlMigration;
