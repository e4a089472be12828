using System.Security.Claims;
using LlmReadingList.Catalog.Curation;

namespace LlmReadingList.Web.Security;

internal static class CuratorIdentity
{
    /// <summary>The signed-in curator as the audit log names them.</summary>
    public static Curator AsCurator(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "unknown curator", user.FindFirstValue(ClaimTypes.NameIdentifier));
}
