using System.Text;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Tests.Import.Parsers;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Import;

/// <summary>
/// A bad article is rejected with a message naming the file, the line where it can, and the reason; nothing of it
/// reaches the database; the other articles still import.
/// </summary>
public sealed class BadArticleTests
{
    public static TheoryData<string, string, int?> BadFiles => new()
    {
        { "empty", "the file is empty", null },
        { "whitespace", "the file is empty", null },
        { "binary", "binary content: a NUL byte at offset 1500", 9 },
        { "latin1", "not valid UTF-8 (byte 0xE9 at offset", 2 },
        { "cut-inside-character", "the file is truncated: it ends inside a multi-byte UTF-8 character", 5 },
        { "cut-inside-entry", "the entry \"Codex: Evaluating Large Language Models Trained on Code\" has neither a link nor a summary; the file looks truncated", 126 },
        { "oversized", "the file is larger than 5 MB", null },
        { "unreadable", "the file cannot be read", null },
        { "no-entries", "no entries found by the \"starred-fields\" parser", null },
        // found by the fuzz drill: the database refused it deep in the write, with no line and a stack trace in the log
        { "summary-without-line-breaks", "has a summary of 150,", 10 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_article_is_rejected_with_file_line_and_reason_and_the_others_still_import(string kind, string reason, int? line)
    {
        using var seed = SeedFiles.Copy();
        var path = seed.PathOf(Seed.EugeneYan);
        await Spoil(path, kind);
        await using var database = await TestDatabase.CreateAsync();

        var report = await database.CreateImporter().ImportAsync(new ImportOptions { Paths = [seed.Folder] }, null, CancellationToken.None);

        Assert.False(report.Succeeded);
        var rejected = Assert.Single(report.Articles, a => a.Status == ImportStatus.Rejected);
        Assert.Equal("llm-papers-40", rejected.SourceKey);
        var prefix = line is null ? $"{path}: " : $"{path}, line {line}: ";
        Assert.True(rejected.Error!.StartsWith(prefix, StringComparison.Ordinal), $"expected \"{prefix}…\", got \"{rejected.Error}\"");
        Assert.Contains(reason, rejected.Error, StringComparison.Ordinal);
        Assert.Equal(4, report.Articles.Count(a => a.Status == ImportStatus.Imported));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM source WHERE key = 'llm-papers-40'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM reading_list WHERE slug = 'llm-papers-40'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper WHERE arxiv_id = '2107.03374'"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM import_run WHERE status = 'rejected' AND source_key = 'llm-papers-40'"));
    }

    [Fact]
    public async Task A_failure_while_writing_rolls_the_whole_article_back()
    {
        using var seed = SeedFiles.Copy();
        await using var database = await TestDatabase.CreateAsync();
        // Fault injection: the database refuses the last paper of article 003, after its other papers were written.
        await database.Server.ExecuteAsync("""
            CREATE FUNCTION refuse_toolformer() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.title LIKE 'Toolformer%' THEN RAISE EXCEPTION 'injected failure'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_toolformer BEFORE INSERT ON paper FOR EACH ROW EXECUTE FUNCTION refuse_toolformer();
            """, database.Name);

        var report = await database.CreateImporter().ImportAsync(new ImportOptions { Paths = [seed.Folder] }, null, CancellationToken.None);

        var rejected = Assert.Single(report.Articles, a => a.Status == ImportStatus.Rejected);
        Assert.Equal("personal-learning-space", rejected.SourceKey);
        Assert.Contains("writing failed and nothing was written (P0001: injected failure)", rejected.Error, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM source WHERE key = 'personal-learning-space'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper WHERE arxiv_id = '1907.11692'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT count(*) FROM paper_title WHERE title = 'Chinchilla'"));
        Assert.Equal(4, report.Articles.Count(a => a.Status == ImportStatus.Imported));
    }

    [Fact]
    public async Task An_article_sources_json_does_not_list_or_names_an_unknown_parser_is_rejected()
    {
        using var seed = SeedFiles.Copy();
        var stray = seed.PathOf("005-not-listed.txt");
        await File.WriteAllTextAsync(stray, "2020 Some Paper\nhttps://arxiv.org/abs/2001.00001 -\n");
        var manifest = seed.PathOf("sources.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"parser\": \"abstract-only\"", "\"parser\": \"no-such-parser\"", StringComparison.Ordinal));
        await using var database = await TestDatabase.CreateAsync();

        var report = await database.CreateImporter().ImportAsync(
            new ImportOptions { Paths = [seed.Folder, stray, seed.PathOf("missing.txt")] }, null, CancellationToken.None);

        var errors = report.Articles.Where(a => a.Status == ImportStatus.Rejected).Select(a => a.Error).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e!.StartsWith(seed.PathOf(Seed.MmstAbstract), StringComparison.Ordinal) && e.Contains("unknown parser \"no-such-parser\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == $"{stray}: not listed in {manifest}; add a line naming its parser");
        Assert.Contains(errors, e => e == $"{seed.PathOf("missing.txt")}: no such file or folder");
        Assert.Equal(4, report.Articles.Count(a => a.Status == ImportStatus.Imported));
    }

    private static async Task Spoil(string path, string kind)
    {
        var original = await File.ReadAllBytesAsync(path);
        switch (kind)
        {
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "whitespace":
                await File.WriteAllTextAsync(path, "  \n\n\t \n");
                break;
            case "binary":
                var binary = original.ToArray();
                Array.Fill<byte>(binary, 0, 1500, 40);
                await File.WriteAllBytesAsync(path, binary);
                break;
            case "latin1":
                await File.WriteAllBytesAsync(path, [.. "Title line\nCaf"u8.ToArray(), 0xE9, .. "\nmore\n"u8.ToArray()]);
                break;
            case "cut-inside-character":
                var text = "Line one\nline two\nline three\nline four\n中文标题";
                var bytes = Encoding.UTF8.GetBytes(text);
                await File.WriteAllBytesAsync(path, bytes[..^1]);
                break;
            case "cut-inside-entry":
                var lines = await File.ReadAllLinesAsync(path);
                // keep Codex's heading, title, blank line and credit line (lines 126-129), lose the rest
                var title = Array.IndexOf(lines, "Evaluating Large Language Models Trained on Code");
                await File.WriteAllLinesAsync(path, lines[..(title + 3)]);
                break;
            case "oversized":
                await using (var stream = File.OpenWrite(path))
                {
                    stream.SetLength(6 * 1024 * 1024);
                }

                break;
            case "unreadable":
                File.Delete(path);
                Directory.CreateDirectory(path);
                break;
            case "summary-without-line-breaks":
                var article = (await File.ReadAllLinesAsync(path)).ToList();
                article.Insert(article.IndexOf("*original:https://arxiv.org/abs/1706.03762") + 1, new string('a', 150_000) + ".");
                await File.WriteAllLinesAsync(path, article);
                break;
            case "no-entries":
                await File.WriteAllTextAsync(path, "Just some text.\nNothing that looks like an entry.\n");
                break;
        }
    }
}
