using System.Security.Cryptography;
using LlmReadingList.Catalog.Import.Parsing;

namespace LlmReadingList.Catalog.Import;

/// <summary>A parsed article ready to write, or the reason it must be rejected (with the line where it can).</summary>
public sealed record ReadArticle(ParsedArticle? Article, string? ContentHash, string? Problem, int? Line)
{
    public static ReadArticle Rejected(string problem, int? line = null) => new(null, null, problem, line);
}

/// <summary>Reads, decodes, parses and sanity-checks one article file. Nothing here touches the database.</summary>
public static class ArticleReader
{
    public static async Task<ReadArticle> ReadAsync(string path, string parserName, CancellationToken cancellationToken)
    {
        var parser = ArticleParsers.Find(parserName);
        if (parser is null)
        {
            return ReadArticle.Rejected($"unknown parser \"{parserName}\" (known: {string.Join(", ", ArticleParsers.All.Select(p => p.Name))})");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ArticleDecoder.MaxBytes)
            {
                return ReadArticle.Rejected($"the file is larger than 5 MB ({length:N0} bytes)");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ReadArticle.Rejected($"the file cannot be read ({exception.Message})");
        }

        return Read(bytes, parser);
    }

    public static ReadArticle Read(byte[] bytes, IArticleParser parser)
    {
        var decoded = ArticleDecoder.Decode(bytes);
        if (!decoded.IsAccepted)
        {
            return ReadArticle.Rejected(decoded.Problem!, decoded.Line);
        }

        var article = parser.Parse(decoded.Text!);
        if (article.Entries.Count == 0)
        {
            return ReadArticle.Rejected($"no entries found by the \"{parser.Name}\" parser; is this the right parser for the file?");
        }

        // An entry with neither a link nor any text is what a file cut off mid-entry leaves behind.
        var incomplete = article.Entries.FirstOrDefault(e => e.Links.Count == 0 && string.IsNullOrWhiteSpace(e.Summary));
        if (incomplete is not null)
        {
            return ReadArticle.Rejected(
                $"the entry \"{incomplete.Heading}\" has neither a link nor a summary; the file looks truncated",
                incomplete.Line);
        }

        foreach (var entry in article.Entries)
        {
            if (EntryLimits.Problem(entry) is { } problem)
            {
                var heading = entry.Heading.Length > 80 ? entry.Heading[..80] + "…" : entry.Heading;
                return ReadArticle.Rejected($"the entry \"{heading}\" has {problem}; the file looks damaged (lost line breaks?)", entry.Line);
            }
        }

        return new ReadArticle(article, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), null, null);
    }
}
