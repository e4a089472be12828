using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LlmReadingList.Catalog.Data;

/// <summary>Stores an enum as its snake_case name ("conflicting_arxiv_id"), readable in SQL and checked by a constraint.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCaseEnum<TEnum>.ToText(value),
    text => SnakeCaseEnum<TEnum>.FromText(text))
    where TEnum : struct, Enum;

public static class SnakeCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => SnakeCase.From(v.ToString()));

    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key);

    public static IEnumerable<string> All => Names.Values;

    public static string ToText(TEnum value) => Names[value];

    public static TEnum FromText(string text) => Values[text];

    public static bool TryParse(string? text, out TEnum value) => Values.TryGetValue(text ?? string.Empty, out value);

    /// <summary>SQL check: <c>column IN ('a', 'b')</c>.</summary>
    public static string CheckSql(string column) =>
        $"{column} IN ({string.Join(", ", Names.Values.Select(n => $"'{n}'"))})";
}
