using LlmReadingList.Catalog.Data.Model;
using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Web.Security;

/// <summary>Creates an account in a role (used by create-admin and by admins creating curators).</summary>
public sealed class AccountCreator(UserManager<CatalogUser> users)
{
    public sealed record Outcome(bool Succeeded, bool Created, string? Error);

    public async Task<Outcome> CreateAsync(string email, string password, string role, string? displayName, bool resetExisting)
    {
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        if (user is null)
        {
            user = new CatalogUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                return Failure(result);
            }
        }
        else if (!resetExisting)
        {
            return new Outcome(false, false, $"an account with the email {email} already exists");
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var valid = await validator.ValidateAsync(users, user, password);
                if (!valid.Succeeded)
                {
                    return Failure(valid);
                }
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return Failure(reset);
            }

            user.IsDisabled = false;
            await users.UpdateAsync(user);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                return Failure(added);
            }
        }

        return new Outcome(true, created, null);
    }

    private static Outcome Failure(IdentityResult result) =>
        new(false, false, string.Join(" ", result.Errors.Select(e => e.Description)));
}
