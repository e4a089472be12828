namespace LlmReadingList.Web.Security;

public static class CatalogRoles
{
    public const string Admin = "Admin";
    public const string Curator = "Curator";

    public static readonly string[] All = [Admin, Curator];
}

public static class CatalogPolicies
{
    /// <summary>Curators and admins: every page and handler under /Curate.</summary>
    public const string Curate = "Curate";

    /// <summary>Admins only: account management.</summary>
    public const string Administer = "Administer";
}
