using LlmReadingList.Catalog.Data;
using LlmReadingList.Tests.Infrastructure;
using Npgsql;

namespace LlmReadingList.Tests.Data;

/// <summary>Merged records lead to where they live now, along chains of merges, and bad chains lead nowhere.</summary>
public sealed class MergeSurvivorsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_chain_of_paper_merges_leads_to_its_end()
    {
        var (first, second, third) = (await PaperAsync("chain-a"), await PaperAsync("chain-b"), await PaperAsync("chain-c"));
        await ExecuteAsync($"UPDATE paper SET merged_into_id = {second} WHERE id = {first}; UPDATE paper SET merged_into_id = {third} WHERE id = {second}");
        await using var db = database.CreateDbContext();

        Assert.Equal(new MergeSurvivor(third, "chain-c", "Title of chain-c"), await MergeSurvivors.PaperAsync(db, first, CancellationToken.None));
        Assert.Equal(new MergeSurvivor(third, "chain-c", "Title of chain-c"), await MergeSurvivors.PaperAsync(db, third, CancellationToken.None));
        Assert.Null(await MergeSurvivors.PaperAsync(db, 987654321, CancellationToken.None));
    }

    [Fact]
    public async Task A_cycle_of_merges_leads_nowhere_instead_of_looping()
    {
        var (first, second) = (await PaperAsync("cycle-a"), await PaperAsync("cycle-b"));
        await ExecuteAsync($"UPDATE paper SET merged_into_id = {second} WHERE id = {first}; UPDATE paper SET merged_into_id = {first} WHERE id = {second}");
        await using var db = database.CreateDbContext();

        Assert.Null(await MergeSurvivors.PaperAsync(db, first, CancellationToken.None));
    }

    [Fact]
    public async Task A_merged_author_leads_to_the_survivor_by_name()
    {
        var merged = await ScalarAsync("INSERT INTO author (name, slug, kind, created_at, updated_at) VALUES ('A. Vaswani', 'a-vaswani', 'person', now(), now()) RETURNING id");
        var survivor = await ScalarAsync("INSERT INTO author (name, slug, kind, created_at, updated_at) VALUES ('Ashish Vaswani', 'ashish-vaswani', 'person', now(), now()) RETURNING id");
        await ExecuteAsync($"UPDATE author SET merged_into_id = {survivor} WHERE id = {merged}");
        await using var db = database.CreateDbContext();

        Assert.Equal(new MergeSurvivor(survivor, "ashish-vaswani", "Ashish Vaswani"), await MergeSurvivors.AuthorAsync(db, merged, CancellationToken.None));
    }

    private Task<long> PaperAsync(string slug) =>
        ScalarAsync($"INSERT INTO paper (title, title_key, slug) VALUES ('Title of {slug}', 'title of {slug}', '{slug}') RETURNING id");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
