using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Catalog.Search;

/// <summary>The statement for one request's shape (<see cref="SearchSql.Query"/>) and its parameters' values, in order.</summary>
/// <param name="SuggestionText">The words to suggest a title for if nothing matches (<see cref="SearchSql.Suggestion"/>).</param>
public sealed record SearchStatement(SearchShape Shape, IReadOnlyList<object?> Values, string? SuggestionText)
{
    public string Sql => SearchSql.Query(Shape);

    /// <summary>The settings the statement runs under, first in its transaction.</summary>
    public string Settings => SearchSql.Settings(Shape.SharedPlan);

    /// <param name="request">The search.</param>
    /// <param name="ids">The ids of its author, tag and list filters, looked up (<see cref="CatalogSearch.LookUpIdsAsync"/>); only for a search with them.</param>
    /// <param name="pageSize">Hits a page: the page's <see cref="SearchRequest.PageSize"/>, or up to the candidate cap for exports.</param>
    public static SearchStatement For(SearchRequest request, SearchFilterIds? ids = null, int pageSize = SearchRequest.PageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SearchFilterIds.Needed(request) && ids is null)
        {
            throw new ArgumentException("A search with an author, tag or list filter needs the filters' ids looked up.", nameof(ids));
        }

        var text = SearchTextQuery.From(request.Query);
        var years = request.Years;
        var shape = new SearchShape(request.Sort, years is not null, request.Author is not null, request.Tag is not null,
            request.List is not null, request.Lang is not null) { Browse = text.Browse };
        // an open end of a year range is the catalog's first or last plausible year, so the range is two plain bounds
        return new SearchStatement(shape,
        [
            text.EnglishGroups.ToArray(), text.CjkGroups.ToArray(), text.EnglishExcluded, text.CjkExcluded,
            text.TitleText, text.Browse, years is null ? null : years.From ?? YearRange.Earliest, years is null ? null : years.To ?? YearRange.Latest,
            request.Author, request.Tag, request.List, request.Lang,
            (request.Page - 1) * pageSize, pageSize,
            text.CjkRuns.ToArray(), ids?.Author, ids?.Tag, ids?.List,
        ], text.SuggestionText);
    }

    public NpgsqlBatchCommand ToBatchCommand()
    {
        var command = new NpgsqlBatchCommand(Sql);
        for (var i = 0; i < Values.Count; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = DbType(SearchSql.ParameterTypes[i]), Value = Values[i] ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>"Did you mean", for a search that found nothing; null when there are no words to compare.</summary>
    public NpgsqlBatchCommand? ToSuggestionCommand() => SuggestionText is null
        ? null
        : new NpgsqlBatchCommand(SearchSql.Suggestion) { Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = SuggestionText } } };

    /// <summary>
    /// A psql script that runs exactly the app's statement with these values, in the same settings, for benchmarks
    /// and EXPLAIN (put EXPLAIN ANALYZE before the EXECUTE).
    /// </summary>
    public string ToPsql(string name = "catalog_search")
    {
        var script = new StringBuilder();
        script.AppendLine("BEGIN;").AppendLine("SET TRANSACTION READ ONLY;").Append(Settings).AppendLine(";");
        script.Append(CultureInfo.InvariantCulture, $"PREPARE {name}({string.Join(", ", SearchSql.ParameterTypes)}) AS").AppendLine();
        script.Append(Sql).AppendLine(";");
        script.Append(CultureInfo.InvariantCulture, $"EXECUTE {name}({string.Join(", ", Values.Select((v, i) => Literal(v, SearchSql.ParameterTypes[i])))});").AppendLine();
        script.AppendLine("COMMIT;");
        return script.ToString();
    }

    private static NpgsqlDbType DbType(string type) => type switch
    {
        "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
        "text" => NpgsqlDbType.Text,
        "boolean" => NpgsqlDbType.Boolean,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown search parameter type."),
    };

    private static string Literal(object? value, string type) => value switch
    {
        null => $"NULL::{type}",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        string[] array => $"ARRAY[{string.Join(", ", array.Select(Quote))}]::text[]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown search parameter value."),
    };

    // standard_conforming_strings is on (the default since PostgreSQL 9.1): only the quote needs doubling
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
