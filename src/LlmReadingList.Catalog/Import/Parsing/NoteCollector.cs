namespace LlmReadingList.Catalog.Import.Parsing;

/// <summary>
/// Collects parse notes. Skipped lines with the same reason that follow each other (blank lines between
/// them allowed) become one note, so a page footer is one note rather than forty.
/// </summary>
internal sealed class NoteCollector(IReadOnlyList<string> lines)
{
    private readonly List<ParseNote> _notes = [];
    private readonly Dictionary<string, List<int>> _scattered = new(StringComparer.Ordinal);
    private (string Reason, int First, int Last)? _group;

    /// <summary>Records that line <paramref name="index"/> (0-based) was skipped as <paramref name="reason"/>.</summary>
    public void Skip(int index, string reason)
    {
        if (ArticleText.IsBlank(lines[index]))
            return;
        if (_group is { } g && g.Reason == reason && OnlyBlankBetween(g.Last, index))
        {
            _group = g with { Last = index };
            return;
        }
        Flush();
        _group = (reason, index, index);
    }

    /// <summary>
    /// Records a skipped line of a kind that recurs all over the article (e.g. image captions): all lines
    /// with this reason become one note at the first of them.
    /// </summary>
    public void SkipRecurring(int index, string reason)
    {
        if (!_scattered.TryGetValue(reason, out var indexes))
            _scattered[reason] = indexes = [];
        indexes.Add(index);
    }

    /// <summary>Adds a note about line <paramref name="index"/> (0-based).</summary>
    public void Add(int index, string message)
    {
        Flush();
        _notes.Add(new ParseNote(index + 1, message));
    }

    public IReadOnlyList<ParseNote> ToList()
    {
        Flush();
        foreach (var (reason, indexes) in _scattered)
        {
            var where = indexes.Count == 1
                ? $"line {indexes[0] + 1}"
                : $"{indexes.Count} times, lines {string.Join(", ", indexes.Select(i => i + 1))}";
            _notes.Add(new ParseNote(indexes[0] + 1, $"Skipped {reason} ({where}): \"{ArticleText.Preview(lines[indexes[0]])}\""));
        }
        _scattered.Clear();
        return [.. _notes.OrderBy(n => n.Line)];
    }

    private void Flush()
    {
        if (_group is not { } g)
            return;
        var range = g.First == g.Last ? $"line {g.First + 1}" : $"lines {g.First + 1}–{g.Last + 1}";
        _notes.Add(new ParseNote(g.First + 1, $"Skipped {g.Reason} ({range}): \"{ArticleText.Preview(lines[g.First])}\""));
        _group = null;
    }

    private bool OnlyBlankBetween(int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!ArticleText.IsBlank(lines[i]))
                return false;
        }
        return true;
    }
}
