using System.Text.Json;
using LlmReadingList.Catalog.Import.Manifest;

namespace LlmReadingList.Catalog.Import;

/// <summary>One article to import: its file, the sources.json that describes it, or why it cannot be imported.</summary>
public sealed record ArticleToImport(string Path, SeedManifest? Manifest, SourceDescriptor? Descriptor, string? Problem);

/// <summary>Turns the paths given to <c>import</c> into articles: a folder means every article its sources.json lists.</summary>
public static class ArticleSet
{
    public static async Task<IReadOnlyList<ArticleToImport>> ResolveAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleToImport>();
        var manifests = new Dictionary<string, (SeedManifest? Manifest, string? Problem)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var fullPath = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(fullPath))
            {
                var (manifest, problem) = await LoadManifestAsync(fullPath, manifests, cancellationToken);
                if (manifest is null)
                {
                    articles.Add(new ArticleToImport(fullPath, null, null, problem));
                    continue;
                }

                articles.AddRange(manifest.Sources.Select(s =>
                    new ArticleToImport(System.IO.Path.Combine(fullPath, s.File), manifest, s, null)));
            }
            else if (File.Exists(fullPath))
            {
                var folder = System.IO.Path.GetDirectoryName(fullPath)!;
                var (manifest, problem) = await LoadManifestAsync(folder, manifests, cancellationToken);
                var descriptor = manifest?.FindByFile(System.IO.Path.GetFileName(fullPath));
                articles.Add(new ArticleToImport(fullPath, manifest, descriptor, manifest is null
                    ? problem
                    : descriptor is null
                        ? $"not listed in {System.IO.Path.Combine(folder, SeedManifest.FileName)}; add a line naming its parser"
                        : null));
            }
            else
            {
                articles.Add(new ArticleToImport(fullPath, null, null, "no such file or folder"));
            }
        }

        return articles;
    }

    private static async Task<(SeedManifest? Manifest, string? Problem)> LoadManifestAsync(
        string folder,
        Dictionary<string, (SeedManifest?, string?)> cache,
        CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var path = System.IO.Path.Combine(folder, SeedManifest.FileName);
        (SeedManifest?, string?) result;
        if (!File.Exists(path))
        {
            result = (null, $"no {SeedManifest.FileName} in {folder}");
        }
        else
        {
            try
            {
                result = (await SeedManifest.LoadAsync(path, cancellationToken), null);
            }
            catch (JsonException exception)
            {
                result = (null, $"{path} is not valid: {exception.Message}");
            }
        }

        cache[folder] = result;
        return result;
    }
}
