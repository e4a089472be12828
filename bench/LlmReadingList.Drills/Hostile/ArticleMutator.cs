using System.Text;

namespace LlmReadingList.Drills.Hostile;

/// <summary>Mutations of an article's bytes, the kinds a broken export, a bad copy or an attacker produce.</summary>
public static class ArticleMutator
{
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "truncate", "byte-flips", "huge-line", "invalid-utf8", "nested-junk", "random-bytes", "random-text",
        "splice", "shuffle-lines", "delete-lines", "control-chars", "line-endings",
    ];

    public static byte[] Apply(string kind, byte[] seed, IReadOnlyList<byte[]> seeds, Random random) => kind switch
    {
        "truncate" => seed[..random.Next(seed.Length + 1)],
        "byte-flips" => FlipBytes(seed, random),
        "huge-line" => Insert(seed, random, Encoding.UTF8.GetBytes(HugeLine(random))),
        "invalid-utf8" => Insert(seed, random, InvalidSequences[random.Next(InvalidSequences.Length)]),
        "nested-junk" => Insert(seed, random, Encoding.UTF8.GetBytes(NestedJunk(random))),
        "random-bytes" => RandomBytes(random),
        "random-text" => Encoding.UTF8.GetBytes(RandomText(random)),
        "splice" => [.. seed[..random.Next(seed.Length + 1)], .. Tail(seeds[random.Next(seeds.Count)], random)],
        "shuffle-lines" => Lines(seed, lines => lines.OrderBy(_ => random.Next()).ToList()),
        "delete-lines" => Lines(seed, lines => lines.Where(_ => random.Next(4) != 0).ToList()),
        "control-chars" => Insert(seed, random, [.. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(1, 32))]),
        "line-endings" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(seed).Replace("\n", random.Next(2) == 0 ? "\r" : "\r\r\n", StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown mutation"),
    };

    private static readonly byte[][] InvalidSequences =
    [
        [0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0x28],
        [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82],
    ];

    private static byte[] FlipBytes(byte[] seed, Random random)
    {
        var copy = (byte[])seed.Clone();
        for (var i = random.Next(1, 32); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static string HugeLine(Random random)
    {
        var unit = random.Next(4) switch
        {
            0 => "a",
            1 => "注意力",
            2 => "*author:",
            _ => "https://arxiv.org/abs/1706.03762 ",
        };
        var length = random.Next(10) == 0 ? 1_000_000 : random.Next(10_000, 200_000);
        var builder = new StringBuilder("\n", length + 2);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.Append('\n').ToString();
    }

    private static string NestedJunk(Random random)
    {
        var depth = random.Next(10, 5_000);
        var opener = random.Next(6) switch
        {
            0 => "[",
            1 => "(",
            2 => "> ",
            3 => "*",
            4 => "- ",
            _ => "【",
        };
        var closer = opener switch
        {
            "[" => "]",
            "(" => ")",
            "【" => "】",
            _ => string.Empty,
        };
        return "\n" + string.Concat(Enumerable.Repeat(opener, depth)) + "junk *original:" + string.Concat(Enumerable.Repeat(closer, depth / 2)) + "\n";
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "ab xyz\n\n\t*:：.。,，1234567890[]()#【】-–—·\"'“”arxiv.org/abs/ https://论文注意力作者原文";
        var builder = new StringBuilder();
        for (var i = random.Next(0, 8192); i > 0; i--)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static byte[] Insert(byte[] seed, Random random, byte[] insertion)
    {
        var at = random.Next(seed.Length + 1);
        return [.. seed[..at], .. insertion, .. seed[at..]];
    }

    private static byte[] Tail(byte[] seed, Random random) => seed[random.Next(seed.Length + 1)..];

    private static byte[] Lines(byte[] seed, Func<List<string>, List<string>> change) =>
        Encoding.UTF8.GetBytes(string.Join('\n', change([.. Encoding.UTF8.GetString(seed).Split('\n')])));
}
