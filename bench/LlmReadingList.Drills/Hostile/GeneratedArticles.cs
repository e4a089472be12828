using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LlmReadingList.Drills.Hostile;

/// <summary>Articles in the seed's "starred-fields" format, written with a sources.json so the importer takes them as they are.</summary>
public static class GeneratedArticles
{
    public const string Parser = "starred-fields";

    private static readonly string[] Words =
        ["attention", "scaling", "retrieval", "alignment", "sparse", "mixture", "experts", "decoding", "tokens", "memory", "reasoning", "distillation"];

    /// <summary>An article of <paramref name="entries"/> distinct synthetic papers (about 400 bytes each).</summary>
    public static string Large(int entries, string marker)
    {
        var text = new StringBuilder($"{marker} reading list\n\nA generated article for the reliability drills.\n\n");
        for (var i = 1; i <= entries; i++)
        {
            var n = i.ToString("D5", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{marker} heading {n}\n")
                .Append(CultureInfo.InvariantCulture, $"{marker} synthetic paper {n} on {Words[i % Words.Length]} and {Words[i * 7 % Words.Length]}\n\n")
                .Append(CultureInfo.InvariantCulture, $"*author:{marker} Author {i % 97}\n")
                .Append(CultureInfo.InvariantCulture, $"*original:https://example.org/{marker.ToLowerInvariant()}/{n}.pdf\n")
                .Append(CultureInfo.InvariantCulture, $"This generated paper {n} studies {Words[i % Words.Length]} at a scale chosen for the drill. It exists to be imported whole or not at all.\n");
        }

        return text.ToString();
    }

    /// <summary>One entry per payload: the payload in the title (where a title line can hold it), the credit, a link's query and the Markdown summary.</summary>
    public static string Xss(IReadOnlyList<string> payloads)
    {
        var text = new StringBuilder("XSS drill reading list\n\nEvery entry below carries a hostile payload.\n\n");
        for (var i = 0; i < payloads.Count; i++)
        {
            var payload = payloads[i];
            text.Append(CultureInfo.InvariantCulture, $"XSS heading {i:D3}\n")
                .Append(CultureInfo.InvariantCulture, $"XSS {i:D3} {(CanBeTitle(payload) ? payload : "title")}\n\n")
                .Append(CultureInfo.InvariantCulture, $"*author:XSS Author {i:D3} {payload.Replace('\n', ' ')}\n")
                .Append(CultureInfo.InvariantCulture, $"*original:https://example.org/xss/{i:D3}.pdf?q={Uri.EscapeDataString(payload)}\n")
                .Append(CultureInfo.InvariantCulture, $"Summary {i:D3}: {payload} — see [the paper]({payload}) and [this](javascript:alert({i})).\n")
                .Append(payload).Append('\n')
                .Append("Ends here.\n");
        }

        return text.ToString();
    }

    /// <summary>Writes the article and a sources.json naming it into <paramref name="folder"/>; returns the article's path.</summary>
    public static async Task<string> WriteAsync(string folder, string key, string text)
    {
        Directory.CreateDirectory(folder);
        var file = $"{key}.en.txt";
        await File.WriteAllTextAsync(Path.Combine(folder, file), text, new UTF8Encoding(false));
        var manifest = new
        {
            sources = new[]
            {
                new { key, file, title = $"Drill article {key}", url = (string?)null, basedOn = (string?)null, language = "en", published = (string?)null, publisher = "reliability drills", parser = Parser },
            },
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), JsonSerializer.Serialize(manifest));
        return Path.Combine(folder, file);
    }

    // The starred-fields parser takes a line as a title only if it looks like one (see StarredFieldsParser.IsNameLike).
    private static bool CanBeTitle(string payload)
    {
        var trimmed = payload.Trim();
        return trimmed.Length is > 0 and <= 180 && !trimmed.Contains("://", StringComparison.Ordinal) && !trimmed.StartsWith('*')
            && !trimmed.EndsWith('.') && !trimmed.EndsWith(':');
    }
}
