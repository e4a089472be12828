namespace LlmReadingList.Bench.Search;

/// <summary>Milliseconds of N runs; percentiles by nearest rank.</summary>
internal sealed class Latencies(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public IReadOnlyList<double> Values => _sorted;

    public double P50 => Percentile(50);

    public double P95 => Percentile(95);

    public double Percentile(int p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
