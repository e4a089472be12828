using System.Collections.Concurrent;

namespace LlmReadingList.Drills.Load;

/// <summary>An edit the server acknowledged (redirected after the POST): it must be in the database and the audit log.</summary>
public sealed record AcknowledgedEdit(long PaperId, string Title, int Sequence);

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

    public ConcurrentQueue<AcknowledgedEdit> Acknowledged { get; } = new();

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

    public void CountEditAttempt() => Interlocked.Increment(ref _editAttempts);

    public void CountEditRefused() => Interlocked.Increment(ref _editsRefused);

    public void Acknowledge(long paperId, string title) =>
        Acknowledged.Enqueue(new AcknowledgedEdit(paperId, title, Interlocked.Increment(ref _sequence)));

    public string StatusLine() =>
        string.Join(", ", ByStatus.OrderBy(p => p.Key).Select(p => $"{(p.Key == 0 ? "transport error" : p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {p.Value:N0}"));
}
