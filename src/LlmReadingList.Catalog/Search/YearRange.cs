namespace LlmReadingList.Catalog.Search;

/// <summary>Years from <see cref="From"/> to <see cref="To"/>, both included; either end may be open.</summary>
public sealed record YearRange(int? From, int? To)
{
    /// <summary>The catalog's plausible years (the paper table's check constraint).</summary>
    public const int Earliest = 1950;
    public const int Latest = 2100;

    public static bool IsPlausible(int year) => year is >= Earliest and <= Latest;

    public bool IsSingleYear => From is not null && From == To;

    /// <summary>The years both ranges allow; <see cref="IsEmpty"/> when they do not overlap.</summary>
    public YearRange Intersect(YearRange? other) => other is null
        ? this
        : new YearRange(Max(From, other.From), Min(To, other.To));

    public bool IsEmpty => From is { } from && To is { } to && from > to;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
