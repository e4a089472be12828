using LlmReadingList.Tests.Infrastructure;
using Npgsql;

namespace LlmReadingList.Tests.Search;

/// <summary>The search row copies the paper's year and merge, so later edits of either must reach it.</summary>
public sealed class SearchRowTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_changed_year_and_a_merge_reach_the_search_row()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var kept = await ScalarAsync<long>(connection, "INSERT INTO paper (title, title_key, slug, year) VALUES ('Kept', 'kept', 'kept', 2020) RETURNING id");
        var duplicate = await ScalarAsync<long>(connection, "INSERT INTO paper (title, title_key, slug, year) VALUES ('Copy', 'copy', 'copy', 2020) RETURNING id");
        Assert.Equal("2020 False", await SearchRowAsync(connection, duplicate));

        await ScalarAsync<int>(connection, $"UPDATE paper SET year = 2021 WHERE id = {duplicate} RETURNING 1");
        Assert.Equal("2021 False", await SearchRowAsync(connection, duplicate));

        await ScalarAsync<int>(connection, $"UPDATE paper SET merged_into_id = {kept} WHERE id = {duplicate} RETURNING 1");
        Assert.Equal("2021 True", await SearchRowAsync(connection, duplicate));
        Assert.Equal("2020 False", await SearchRowAsync(connection, kept));
    }

    private static async Task<string> SearchRowAsync(NpgsqlConnection connection, long paperId) =>
        await ScalarAsync<string>(connection, $"SELECT year || ' ' || CASE WHEN merged THEN 'True' ELSE 'False' END FROM paper_search WHERE paper_id = {paperId}");

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
