using System.Security.Cryptography;
using System.Text;
using LlmReadingList.Catalog.Text;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Bench.Generate;

/// <summary>Binary COPY of every table of a synthetic catalog, one table at a time, rows made as they are written.</summary>
internal sealed class CatalogCopy(NpgsqlConnection connection, CatalogShape shape, int seed)
{
    public async Task<long> SourcesAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY source (id, key, title, url, language, parser, file_name, content_hash) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var ids = shape.EnglishSources.Select(id => (id, "en")).Concat(shape.ChineseSources.Select(id => (id, "zh")));
        foreach (var (id, language) in ids)
        {
            var key = $"synthetic-{language}-{id}";
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"Synthetic reading list article {id} ({language})", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"https://example.org/{key}", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(language, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync("synthetic", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"{key}.md", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), NpgsqlDbType.Varchar, cancellationToken);
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    public async Task<long> AuthorsAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY author (id, name, slug, kind) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var random = new Random(seed);
        for (long id = 1; id <= shape.Organizations + shape.People; id++)
        {
            var organization = id <= shape.Organizations;
            var name = organization
                ? Vocabulary.Organizations[id - 1]
                : $"{Vocabulary.PickUniform(random, Vocabulary.FirstNames)} {(char)('A' + random.Next(26))}. {Vocabulary.PickUniform(random, Vocabulary.LastNames)}";
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"{Slug.From(name)}-{id}", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(organization ? "organization" : "person", NpgsqlDbType.Varchar, cancellationToken);
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    public async Task<long> TagsAndListsAsync(CancellationToken cancellationToken)
    {
        await using (var copy = await connection.BeginBinaryImportAsync("COPY tag (id, name, slug) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < shape.Tags; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync((long)i + 1, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(Vocabulary.Tags[i].Replace('-', ' '), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Vocabulary.Tags[i], NpgsqlDbType.Varchar, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY reading_list (id, slug, title, language) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 1; i <= shape.Lists; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync((long)i, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync($"synthetic-list-{i}", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync($"Synthetic reading list {i}", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(i % 3 == 0 ? "zh" : "en", NpgsqlDbType.Varchar, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return shape.Tags + shape.Lists;
    }

    public async Task<long> PapersAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY paper (id, title, title_key, slug, year, arxiv_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var paper in Papers())
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(paper.Id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(paper.Title, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(paper.TitleKeyText, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(paper.Slug, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, paper.Year, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, paper.ArxivId, NpgsqlDbType.Varchar, cancellationToken);
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    public async Task<long> PaperTitlesAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY paper_title (paper_id, title, title_key, language, source_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var paper in Papers().Where(p => p.ChineseTitle is not null))
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(paper.Id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(paper.ChineseTitle!, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(TitleKey.For(paper.ChineseTitle), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync("zh", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(shape.ChineseSources[0], NpgsqlDbType.Bigint, cancellationToken);
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    public async Task<long> SummariesAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY summary (paper_id, source_id, body_markdown, language) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var paper in Papers())
        {
            foreach (var summary in paper.Summaries)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(paper.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(summary.SourceId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(summary.Body, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(summary.Language, NpgsqlDbType.Varchar, cancellationToken);
            }
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    public async Task<long> CreditsAndTagsAsync(CancellationToken cancellationToken)
    {
        ulong rows;
        await using (var copy = await connection.BeginBinaryImportAsync("COPY paper_author (paper_id, author_id, position) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var paper in Papers())
            {
                for (var position = 0; position < paper.AuthorIds.Count; position++)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(paper.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(paper.AuthorIds[position], NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                }
            }

            rows = await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY paper_tag (paper_id, tag_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var paper in Papers())
            {
                foreach (var tag in paper.TagIds)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(paper.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(tag, NpgsqlDbType.Bigint, cancellationToken);
                }
            }

            rows += await copy.CompleteAsync(cancellationToken);
        }

        return (long)rows;
    }

    public async Task<long> ListEntriesAsync(CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY list_entry (list_id, paper_id, position) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var stride = shape.Papers / Math.Max(1, shape.ListLength);
        for (var list = 1; list <= shape.Lists; list++)
        {
            for (var position = 0; position < shape.ListLength; position++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync((long)list, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(1 + ((long)position * stride + list * 7) % shape.Papers, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
            }
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    private IEnumerable<SyntheticPaper> Papers()
    {
        for (long id = 1; id <= shape.Papers; id++)
        {
            yield return SyntheticPaper.Create(id, seed, shape);
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, int? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is { } number ? copy.WriteAsync(number, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is { } text ? copy.WriteAsync(text, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);
}
