using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace LlmReadingList.Drills.Load;

public sealed record LoadOptions
{
    /// <summary>Shared by the anonymous readers (no cookies).</summary>
    public required HttpClient Readers { get; init; }

    /// <summary>One signed-in client per editor; each edits its own share of <see cref="PaperIds"/>, so acknowledged edits never race each other.</summary>
    public required IReadOnlyList<HttpClient> Editors { get; init; }

    public required IReadOnlyList<string> ReadPaths { get; init; }

    public required IReadOnlyList<long> PaperIds { get; init; }

    /// <summary>Concurrent requests in flight: the editors plus the readers.</summary>
    public required int Connections { get; init; }

    public required TimeSpan Duration { get; init; }

    public int RandomSeed { get; init; } = 8;
}

/// <summary>
/// Mixed anonymous reads and curator edits through the real edit form, for a fixed time at a fixed concurrency.
/// Every response is counted by status and every acknowledged edit remembered, to be checked in the database after.
/// </summary>
public static class LoadRun
{
    public const string TitleMarker = " · drill ";

    public static async Task<LoadOutcome> RunAsync(LoadOptions options, CancellationToken cancellationToken = default)
    {
        var outcome = new LoadOutcome();
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        var editors = Math.Min(options.Editors.Count, Math.Max(1, options.Connections / 4));
        var workers = new List<Task>();
        for (var e = 0; e < editors; e++)
        {
            var papers = options.PaperIds.Where((_, i) => i % editors == e).ToList();
            workers.Add(EditLoopAsync(options.Editors[e], e, papers, outcome, clock, stop.Token));
        }

        for (var r = editors; r < options.Connections; r++)
        {
            workers.Add(ReadLoopAsync(options.Readers, options.ReadPaths, new Random(options.RandomSeed + r), outcome, clock, stop.Token));
        }

        await Task.WhenAll(workers);
        outcome.Elapsed = clock.Elapsed;
        return outcome;
    }

    private static async Task ReadLoopAsync(HttpClient client, IReadOnlyList<string> paths, Random random, LoadOutcome outcome, Stopwatch clock, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var path = paths[random.Next(paths.Count)];
            var status = await SendAsync(() => client.GetAsync(new Uri(path, UriKind.Relative), stop), outcome, stop);
            if (status is null)
            {
                return;
            }

            outcome.Record(clock.Elapsed, status.Value, isEdit: false, path);
            if (status is 0 or 503)
            {
                await Pause(stop);
            }
        }
    }

    private static async Task EditLoopAsync(HttpClient client, int editor, IReadOnlyList<long> papers, LoadOutcome outcome, Stopwatch clock, CancellationToken stop)
    {
        var baseTitles = new Dictionary<long, string>();
        for (var n = 0; !stop.IsCancellationRequested && papers.Count > 0; n++)
        {
            var id = papers[n % papers.Count];
            var path = $"/curate/papers/{id}/edit";
            string? html = null;
            var shown = await SendAsync(async () =>
            {
                var response = await client.GetAsync(new Uri(path, UriKind.Relative), stop);
                html = await response.Content.ReadAsStringAsync(stop);
                return response;
            }, outcome, stop);
            if (shown is null)
            {
                return;
            }

            outcome.Record(clock.Elapsed, shown.Value, isEdit: false, path);
            var fields = shown == 200 && html is not null ? HtmlForms.Fields(html, "form.form") : null;
            if (fields is null)
            {
                await Pause(stop);
                continue;
            }

            var current = fields.GetValueOrDefault("Form.Title", string.Empty);
            if (!baseTitles.TryGetValue(id, out var baseTitle))
            {
                var marker = current.IndexOf(TitleMarker, StringComparison.Ordinal);
                baseTitle = marker >= 0 ? current[..marker] : current;
                baseTitles[id] = baseTitle = baseTitle.Length > 400 ? baseTitle[..400] : baseTitle;
            }

            var title = string.Create(CultureInfo.InvariantCulture, $"{baseTitle}{TitleMarker}{editor}-{n}-{Guid.NewGuid().ToString("N")[..8]}");
            fields["Form.Title"] = title;
            var posted = outcome.Post(id, title);
            var saved = await SendAsync(() => client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), stop), outcome, stop);
            if (saved is null)
            {
                return;
            }

            outcome.Record(clock.Elapsed, saved.Value, isEdit: true, path);
            if (saved == (int)HttpStatusCode.Redirect)
            {
                outcome.Acknowledge(posted);
            }
            else if (saved is 200 or 409)
            {
                outcome.CountEditRefused();
            }
            else if (saved is 0 or 503)
            {
                await Pause(stop);
            }
        }
    }

    /// <summary>The status (0 for a transport failure), or null once the run is over.</summary>
    private static async Task<int?> SendAsync(Func<Task<HttpResponseMessage>> send, LoadOutcome outcome, CancellationToken stop)
    {
        try
        {
            using var response = await send();
            await response.Content.LoadIntoBufferAsync(stop);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            outcome.Errors.AddOrUpdate(exception.GetBaseException().GetType().Name + ": " + exception.GetBaseException().Message, 1, (_, n) => n + 1);
            return 0;
        }
    }

    private static async Task Pause(CancellationToken stop)
    {
        try
        {
            await Task.Delay(100, stop);
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }
}
