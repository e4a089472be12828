using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmReadingList.Catalog.Import.Manifest;

/// <summary>
/// <c>sources.json</c>: which articles exist, how each is parsed, and what curators recorded about them.
/// Adding an article format means one parser class and one line here.
/// </summary>
public sealed record SeedManifest
{
    public const string FileName = "sources.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public required IReadOnlyList<SourceDescriptor> Sources { get; init; }

    public CuratorMetadata CuratorMetadata { get; init; } = new();

    public static SeedManifest Parse(string json) =>
        JsonSerializer.Deserialize<SeedManifest>(json, Json) ?? throw new JsonException("sources.json is empty.");

    public static async Task<SeedManifest> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SeedManifest>(stream, Json, cancellationToken)
            ?? throw new JsonException($"{path} is empty.");
    }

    public SourceDescriptor? FindByFile(string fileName) =>
        Sources.FirstOrDefault(s => string.Equals(s.File, fileName, StringComparison.Ordinal));
}

public sealed record SourceDescriptor
{
    public required string Key { get; init; }

    public required string File { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The page the article says it is based on (e.g. the list it translates), when known.</summary>
    public string? BasedOn { get; init; }

    public required string Language { get; init; }

    public DateOnly? Published { get; init; }

    public string? Publisher { get; init; }

    public required string Parser { get; init; }
}

public sealed record CuratorMetadata
{
    public string? Note { get; init; }

    public IReadOnlyList<PaperMetadata> Papers { get; init; } = [];

    public IReadOnlyList<AuthorAliasMetadata> AuthorAliases { get; init; } = [];

    public IReadOnlyList<TagMetadata> Tags { get; init; } = [];
}

/// <summary>Facts a curator recorded about one entry of one article, matched by the entry's heading.</summary>
public sealed record PaperMetadata
{
    public required string Source { get; init; }

    public required string Heading { get; init; }

    public string? Title { get; init; }

    public string? ArxivId { get; init; }

    public int? Year { get; init; }
}

public sealed record AuthorAliasMetadata(string Name, string Canonical);

public sealed record TagMetadata
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Papers { get; init; } = [];
}
