using LlmReadingList.Tests.Infrastructure;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>The title tier's query for plain words: the words as typed, the last one a prefix of what is being typed.</summary>
public sealed class TitlePrefixQueryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData("chinchil", "'chinchil':*")]
    [InlineData("attention is all you need", "'attent' & 'need':*")]
    [InlineData("retreival augmented generation", "'retreiv' & 'augment' & 'generat':*")]
    [InlineData("gpt 4", null)]
    [InlineData("lo", null)]
    [InlineData("the", null)]
    public async Task The_last_word_is_a_prefix(string words, string? expected)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT catalog_title_prefix_tsquery($1)::text", connection);
        command.Parameters.AddWithValue(words);

        var query = await command.ExecuteScalarAsync();

        Assert.Equal(expected, query as string);
    }
}
