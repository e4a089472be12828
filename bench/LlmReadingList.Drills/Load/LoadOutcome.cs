using System.Collections.Concurrent;

namespace LlmReadingList.Drills.Load;

/// <summary>An edit posted in the run (its order in <see cref="Sequence"/>); once the server acknowledged it (redirected after the POST) it must be in the database and the audit log.</summary>
public sealed record PostedEdit(long PaperId, string Title, int Sequence);

/// <summary>One response (or transport failure, status 0) at a moment of the run.</summary>
public sealed record ResponseEvent(TimeSpan At, int Status, bool IsEdit, string Path);

/// <summary>What a load run saw; filled concurrently by the workers.</summary>
public sealed class LoadOutcome
{
    private int _sequence;
    private long _editAttempts;
    private long _editsRefused;

    public ConcurrentDictionary<int, long> ByStatus { get; } = new();

    public ConcurrentQueue<ResponseEvent> Events { get; } = new();

    public ConcurrentQueue<PostedEdit> Acknowledged { get; } = new();

    /// <summary>Every edit posted, acknowledged or not: an edit answered with an error may still have committed.</summary>
    public ConcurrentQueue<PostedEdit> Posted { get; } = new();

    public ConcurrentDictionary<string, long> Errors { get; } = new();

    public long EditAttempts => Interlocked.Read(ref _editAttempts);

    /// <summary>Edits answered with a conflict or a validation message: not acknowledged, so nothing to find later.</summary>
    public long EditsRefused => Interlocked.Read(ref _editsRefused);

    public TimeSpan Elapsed { get; set; }

    public long Total => ByStatus.Values.Sum();

    public long ServerErrors => ByStatus.Where(p => p.Key >= 500).Sum(p => p.Value);

    public long TransportErrors => ByStatus.GetValueOrDefault(0);

    public void Record(TimeSpan at, int status, bool isEdit, string path)
    {
        ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        Events.Enqueue(new ResponseEvent(at, status, isEdit, path));
    }

    public void CountEditRefused() => Interlocked.Increment(ref _editsRefused);

    public PostedEdit Post(long paperId, string title)
    {
        Interlocked.Increment(ref _editAttempts);
        var edit = new PostedEdit(paperId, title, Interlocked.Increment(ref _sequence));
        Posted.Enqueue(edit);
        return edit;
    }

    public void Acknowledge(PostedEdit edit) => Acknowledged.Enqueue(edit);

    public string StatusLine() =>
        string.Join(", ", ByStatus.OrderBy(p => p.Key).Select(p => $"{(p.Key == 0 ? "transport error" : p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {p.Value:N0}"));
}
