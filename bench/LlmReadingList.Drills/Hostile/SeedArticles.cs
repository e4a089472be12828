using LlmReadingList.Catalog.Import.Manifest;

namespace LlmReadingList.Drills.Hostile;

public static class SeedArticles
{
    /// <summary>The articles a seed folder's sources.json lists, each with the parser it names.</summary>
    public static async Task<IReadOnlyList<SeedArticle>> LoadAsync(string seedFolder)
    {
        var manifest = await SeedManifest.LoadAsync(Path.Combine(seedFolder, SeedManifest.FileName), CancellationToken.None);
        var articles = new List<SeedArticle>();
        foreach (var source in manifest.Sources)
        {
            articles.Add(new SeedArticle(source.Parser, await File.ReadAllBytesAsync(Path.Combine(seedFolder, source.File))));
        }

        return articles;
    }
}
