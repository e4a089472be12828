using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace LlmReadingList.Catalog.Search;

/// <summary>The statement for one request's shape (<see cref="SearchSql.Query"/>) and its parameters' values, in order.</summary>
/// <param name="YearFiltered">Whether the search has a year filter (its statement's year conditions; both ends then given).</param>
/// <param name="SharedPlan">Whether one plan serves every search of the statement (words, by relevance or newest, no filter but years).</param>
/// <param name="SuggestionText">The words to suggest a title for if nothing matches (<see cref="SearchSql.Suggestion"/>).</param>
public sealed record SearchStatement(SearchSort Sort, bool YearFiltered, bool SharedPlan, IReadOnlyList<object?> Values, string? SuggestionText)
{
    public string Sql => SearchSql.Query(Sort, YearFiltered, SharedPlan);

    /// <summary>The settings the statement runs under, first in its transaction.</summary>
    public string Settings => SearchSql.Settings(SharedPlan);

    /// <param name="request">The search.</param>
    /// <param name="pageSize">Hits a page: the page's <see cref="SearchRequest.PageSize"/>, or up to the candidate cap for exports.</param>
    public static SearchStatement For(SearchRequest request, int pageSize = SearchRequest.PageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = SearchTextQuery.From(request.Query);
        var years = request.Years;
        // an open end of a year range is the catalog's first or last plausible year, so the range is two plain bounds
        var sharedPlan = !text.Browse && request.Sort is SearchSort.Relevance or SearchSort.Newest
            && request is { Author: null, Tag: null, List: null, Lang: null };
        return new SearchStatement(request.Sort, years is not null, sharedPlan,
        [
            text.EnglishGroups.ToArray(), text.CjkGroups.ToArray(), text.EnglishExcluded, text.CjkExcluded,
            text.TitleText, text.Browse, years is null ? null : years.From ?? YearRange.Earliest, years is null ? null : years.To ?? YearRange.Latest,
            request.Author, request.Tag, request.List, request.Lang,
            (request.Page - 1) * pageSize, pageSize,
            text.CjkRuns.ToArray(),
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
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown search parameter type."),
    };

    private static string Literal(object? value, string type) => value switch
    {
        null => $"NULL::{type}",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        string[] array => $"ARRAY[{string.Join(", ", array.Select(Quote))}]::text[]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown search parameter value."),
    };

    // standard_conforming_strings is on (the default since PostgreSQL 9.1): only the quote needs doubling
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
