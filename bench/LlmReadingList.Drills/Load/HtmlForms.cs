using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LlmReadingList.Drills.Load;

/// <summary>Reads a form the way a browser would post it, anti-forgery token included, and signs curators in through the real login form.</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static Dictionary<string, string>? Fields(string html, string formSelector)
    {
        var form = Parser.ParseDocument(html).QuerySelector(formSelector);
        return form is null ? null : Of(form);
    }

    public static Dictionary<string, string> Of(IElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").Where(i => i.GetAttribute("type") is not ("radio" or "checkbox") || i.HasAttribute("checked")))
        {
            fields[input.GetAttribute("name")!] = input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var textarea in form.QuerySelectorAll("textarea[name]"))
        {
            fields[textarea.GetAttribute("name")!] = textarea.TextContent;
        }

        foreach (var select in form.QuerySelectorAll("select[name]"))
        {
            fields[select.GetAttribute("name")!] = (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty;
        }

        return fields;
    }

    /// <summary>Signs the client (which must keep cookies) in through /account/login; throws unless the app redirects.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, CancellationToken cancellationToken = default)
    {
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), cancellationToken);
        var fields = Fields(page, "form[method=post]") ?? throw new InvalidOperationException("the login page has no form");
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {email} answered {(int)response.StatusCode}");
        }
    }
}
