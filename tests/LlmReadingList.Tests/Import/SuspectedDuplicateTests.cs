using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Import;

public sealed class SuspectedDuplicateTests
{
    [Fact]
    public async Task A_new_paper_without_arxiv_id_whose_title_is_very_similar_to_another_is_flagged_with_that_paper()
    {
        var folder = Directory.CreateTempSubdirectory("suspected-duplicates-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), """
                { "sources": [ { "key": "similar-titles", "file": "article.txt", "title": "Similar titles", "language": "en", "parser": "year-prefixed" } ] }
                """);
            await File.WriteAllTextAsync(Path.Combine(folder, "article.txt"), """
                Similar titles
                -
                2020 Scaling Laws for Neural Language Models
                How loss falls with compute.
                https://example.org/scaling-laws -
                2022 Denoising Diffusion Probabilistic Models
                Images from noise.
                https://example.org/diffusion -
                2021 Scaling Laws of Neural Language Models
                The same laws, retold.
                https://example.org/scaling-laws-retold -

                """);
            await using var database = await TestDatabase.CreateAsync();

            var report = await database.CreateImporter().ImportAsync(new ImportOptions { Paths = [folder] }, null, CancellationToken.None);

            Assert.True(report.Succeeded);
            await using var db = database.CreateDbContext();
            var flags = await db.ReviewFlags.Where(f => f.Kind == ReviewFlagKind.SuspectedDuplicate)
                .Select(f => new { Flagged = f.Paper!.Title, Related = db.Papers.Single(p => p.Id == f.RelatedPaperId).Title })
                .OrderBy(f => f.Flagged)
                .ToListAsync();
            Assert.Equal(
                [
                    new { Flagged = "Scaling Laws for Neural Language Models", Related = "Scaling Laws of Neural Language Models" },
                    new { Flagged = "Scaling Laws of Neural Language Models", Related = "Scaling Laws for Neural Language Models" },
                ],
                flags);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
