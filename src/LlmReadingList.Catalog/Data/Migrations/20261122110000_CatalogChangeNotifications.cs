using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// Every committed write to what readers see sends NOTIFY catalog_changed, whichever process made it (web app,
/// import or restore command), so the web app can drop its cached pages.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261122110000_CatalogChangeNotifications")]
public sealed class CatalogChangeNotifications : SqlMigration;
