using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace LlmReadingList.Web.Security;

internal static class IdentitySetup
{
    /// <summary>Accounts and roles in the catalog's database; shared by the web app and the command line (create-admin).</summary>
    public static IServiceCollection AddCatalogAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<CatalogUser>(options =>
            {
                // Length over composition rules (NIST SP 800-63B); lockout after 5 failures.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // "Confirmed" is answered by EnabledUserConfirmation: an account may sign in while it is not disabled.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CatalogDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<CatalogUser>, EnabledUserConfirmation>();
        services.AddScoped<IStartupTask, RoleSeeder>();
        return services;
    }

    /// <summary>Sign-in cookies and the authorisation policies of the curator pages.</summary>
    public static IServiceCollection AddCatalogSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // Disabling an account renews its security stamp; this makes existing sign-ins notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        // Secure cookies outside Development. The quick start and docker-compose serve plain HTTP on localhost and say so
        // with Catalog:SecureCookies=false; a deployment behind TLS keeps the default.
        var secure = environment.IsDevelopment() || !configuration.GetValue("Catalog:SecureCookies", true)
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "catalog.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "catalog.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(CatalogPolicies.Curate, policy => policy.RequireRole(CatalogRoles.Curator, CatalogRoles.Admin))
            .AddPolicy(CatalogPolicies.Administer, policy => policy.RequireRole(CatalogRoles.Admin));
        return services;
    }
}
