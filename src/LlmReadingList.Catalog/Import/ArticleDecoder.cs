using System.Text;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Turns an article's bytes into text, or says precisely why it cannot: too large, empty, binary, not UTF-8,
/// or cut off inside a character. Pure: bytes in, text or a rejection out.
/// </summary>
public static class ArticleDecoder
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedArticle Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return DecodedArticle.Rejected($"the file is larger than 5 MB ({bytes.Length:N0} bytes)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DecodedArticle.Rejected($"binary content: a NUL byte at offset {nul}", LineAt(bytes, nul));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = Math.Max(0, exception.Index);
            return bytes.Length - offset <= 3 && IsIncompleteSequenceAtEnd(bytes)
                ? DecodedArticle.Rejected("the file is truncated: it ends inside a multi-byte UTF-8 character", LineAt(bytes, bytes.Length - 1))
                : DecodedArticle.Rejected($"not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset})", LineAt(bytes, offset));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedArticle.Rejected("the file is empty");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (controls > text.Length / 20)
        {
            return DecodedArticle.Rejected($"binary content: {controls:N0} control characters in {text.Length:N0}");
        }

        return DecodedArticle.Accepted(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static bool IsIncompleteSequenceAtEnd(ReadOnlySpan<byte> bytes)
    {
        // Walk back over continuation bytes to the lead byte and check that the sequence needs more bytes than remain.
        var i = bytes.Length - 1;
        var continuation = 0;
        while (i >= 0 && (bytes[i] & 0xC0) == 0x80 && continuation < 3)
        {
            i--;
            continuation++;
        }

        if (i < 0)
        {
            return false;
        }

        var lead = bytes[i];
        var needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return needed > continuation;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}

public sealed record DecodedArticle(string? Text, string? Problem, int? Line)
{
    public bool IsAccepted => Text is not null;

    public static DecodedArticle Accepted(string text) => new(text, null, null);

    public static DecodedArticle Rejected(string problem, int? line = null) => new(null, problem, line);
}
