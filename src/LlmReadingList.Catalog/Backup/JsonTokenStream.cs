using System.Text;
using System.Text.Json;

namespace LlmReadingList.Catalog.Backup;

/// <summary>
/// Reads a JSON stream token by token with a small buffer, so a backup of any size is restored in bounded memory
/// (Utf8JsonReader over a refilled window; JsonSerializer cannot stream arrays nested inside an object).
/// </summary>
internal sealed class JsonTokenStream(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 16 });

    public JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>A property name's or string's value; a number's text.</summary>
    public string? Value { get; private set; }

    /// <summary>The next token; throws when the stream ends first.</summary>
    public async ValueTask NextAsync(CancellationToken cancellationToken)
    {
        if (!await TryNextAsync(cancellationToken))
        {
            throw new BackupFormatException("the file ends before the backup is complete (it looks truncated)");
        }
    }

    /// <summary>The next token, or false at the clean end of the document.</summary>
    public async ValueTask<bool> TryNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead(out var ended))
            {
                return true;
            }

            if (ended)
            {
                return false;
            }

            await FillAsync(cancellationToken);
        }
    }

    public async ValueTask ExpectAsync(JsonTokenType type, string what, CancellationToken cancellationToken)
    {
        await NextAsync(cancellationToken);
        if (TokenType != type)
        {
            throw new BackupFormatException($"expected {what}, found {Describe()}");
        }
    }

    public async ValueTask<string> PropertyAsync(CancellationToken cancellationToken)
    {
        await ExpectAsync(JsonTokenType.PropertyName, "a property name", cancellationToken);
        return Value!;
    }

    public string Describe() => TokenType switch
    {
        JsonTokenType.String => $"the string \"{Shorten(Value)}\"",
        JsonTokenType.Number => $"the number {Value}",
        JsonTokenType.PropertyName => $"the property \"{Shorten(Value)}\"",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        _ => TokenType.ToString().ToLowerInvariant(),
    };

    private bool TryRead(out bool ended)
    {
        ended = false;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        try
        {
            if (!reader.Read())
            {
                ended = _endOfStream;
                return false;
            }
        }
        catch (JsonException exception)
        {
            throw new BackupFormatException(
                _endOfStream ? $"the file ends before the backup is complete (it looks truncated: {exception.Message})" : $"the file is not valid JSON ({exception.Message})",
                exception);
        }

        TokenType = reader.TokenType;
        Value = TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => null,
        };
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // one token (a long summary) is larger than the window
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _endOfStream = read == 0;
    }

    private static string? Shorten(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text;
}
