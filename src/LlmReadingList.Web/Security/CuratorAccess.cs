using System.Security.Claims;

namespace LlmReadingList.Web.Security;

public static class CuratorAccess
{
    /// <summary>Whether to show curator links (edit, history) on public pages; the pages behind them check again.</summary>
    public static bool CanCurate(this ClaimsPrincipal user) =>
        user.IsInRole(CatalogRoles.Curator) || user.IsInRole(CatalogRoles.Admin);
}
