using LlmReadingList.Catalog.Data.Model;
using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Web.Security;

/// <summary>A disabled account cannot sign in (Identity then reports "not allowed").</summary>
internal sealed class EnabledUserConfirmation : IUserConfirmation<CatalogUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<CatalogUser> manager, CatalogUser user) => Task.FromResult(!user.IsDisabled);
}
