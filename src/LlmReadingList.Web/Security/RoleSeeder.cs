using LlmReadingList.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Web.Security;

/// <summary>Makes sure the Admin and Curator roles exist. There is no default user: the first admin is made with <c>create-admin</c>.</summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in CatalogRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
