using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Catalog.Data.Model;

public sealed class CatalogUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Disabled accounts cannot sign in; their history stays.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
