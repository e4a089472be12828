using System.Net;
using System.Text.RegularExpressions;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmReadingList.Tests.Infrastructure;

/// <summary>The web app over the imported seed, with accounts: an admin, a curator, a signed-up user with no role, and a disabled curator.</summary>
public partial class CuratorWebApp : CatalogWebApp
{
    public const string Password = "correct horse battery staple";
    public const string Admin = "admin@example.test";
    public const string Curator = "curator@example.test";
    public const string SecondCurator = "second.curator@example.test";
    public const string NoRole = "reader@example.test";
    public const string Disabled = "disabled@example.test";

    /// <summary>Whether the seed is imported with the curator metadata of sources.json.</summary>
    protected virtual bool ApplyCuratorMetadata => true;

    protected override async Task SeedAsync()
    {
        await ImportSeedAsync(ApplyCuratorMetadata);
        using var scope = Factory.Services.CreateScope();
        var creator = new AccountCreator(scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>());
        await Create(creator, Admin, CatalogRoles.Admin);
        await Create(creator, Curator, CatalogRoles.Curator);
        await Create(creator, SecondCurator, CatalogRoles.Curator);
        await Create(creator, Disabled, CatalogRoles.Curator);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        var disabled = (await users.FindByEmailAsync(Disabled))!;
        disabled.IsDisabled = true;
        await users.UpdateAsync(disabled);
        var plain = new CatalogUser { UserName = NoRole, Email = NoRole };
        Assert.True((await users.CreateAsync(plain, Password)).Succeeded);
    }

    /// <summary>An HTTPS client (the sign-in cookie is Secure outside Development) that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = true });

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateBrowserClient();
        using var response = await PostFormAsync(client, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>GETs the page, then posts the form with the page's anti-forgery token and the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage ?? path);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenPattern().Match(html).Groups[1].Value;
    }

    private static async Task Create(AccountCreator creator, string email, string role)
    {
        var outcome = await creator.CreateAsync(email, Password, role, displayName: null, resetExisting: false);
        Assert.True(outcome.Succeeded, outcome.Error);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
