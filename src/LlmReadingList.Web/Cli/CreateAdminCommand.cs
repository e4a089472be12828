using System.CommandLine;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Web.Infrastructure;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Web.Cli;

/// <summary>
/// Creates the first admin (or resets an existing account's password and makes it admin). The password comes from
/// standard input or CATALOG_ADMIN_PASSWORD; there is no default password anywhere.
/// </summary>
internal static class CreateAdminCommand
{
    public const string PasswordVariable = "CATALOG_ADMIN_PASSWORD";

    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The admin's email (also the sign-in name).", Required = true };
        var command = new Command("create-admin", $"Create an admin account; the password is read from standard input or {PasswordVariable}.") { email };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                if (!Console.IsInputRedirected)
                {
                    await Console.Error.WriteAsync("Password: ");
                }

                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            }

            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync($"error: no password given; pipe it on standard input or set {PasswordVariable}.");
                return ExitCodes.BadConfiguration;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OfType<RoleSeeder>())
            {
                await task.RunAsync(cancellationToken);
            }

            var outcome = await new AccountCreator(scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>())
                .CreateAsync(parseResult.GetValue(email)!, password, CatalogRoles.Admin, displayName: null, resetExisting: true);
            if (!outcome.Succeeded)
            {
                await Console.Error.WriteLineAsync($"error: {outcome.Error}");
                return ExitCodes.Failed;
            }

            Console.WriteLine($"Admin {parseResult.GetValue(email)} {(outcome.Created ? "created" : "updated")}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
