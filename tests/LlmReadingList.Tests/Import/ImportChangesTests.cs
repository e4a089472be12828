using LlmReadingList.Catalog.Import;

namespace LlmReadingList.Tests.Import;

public sealed class ImportChangesTests
{
    [Fact]
    public void A_large_article_keeps_its_first_thousand_messages_and_counts_all_of_them()
    {
        var changes = new ImportChanges();
        for (var i = 0; i < 5000; i++)
        {
            changes.AddNewPaper($"Paper {i}");
            changes.Add($"link https://arxiv.org/abs/{i} on \"Paper {i}\"");
        }

        Assert.Equal(10_000, changes.MessageCount);
        Assert.Equal(5000, changes.NewPapers);
        Assert.Equal(ImportChanges.KeptMessages, changes.Messages.Count);
        Assert.Equal("new paper \"Paper 0\"", changes.Messages[0]);
        Assert.Equal("link https://arxiv.org/abs/499 on \"Paper 499\"", changes.Messages[^1]);
    }
}
