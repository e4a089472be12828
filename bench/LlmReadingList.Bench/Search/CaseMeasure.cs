using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Bench.Search;

/// <summary>One query type's runs, gathered over the rounds: through the app's search, then in psql.</summary>
internal sealed class CaseMeasure(SearchCase searchCase)
{
    private readonly List<double> _app = [];
    private readonly List<double> _psql = [];
    private SearchResults _results = SearchResults.None;
    private int _psqlTimeouts;
    private string _plan = string.Empty;
    private string _execute = string.Empty;
    private string? _loadBefore;
    private string _loadAfter = string.Empty;

    public int AppTimeouts { get; private set; }

    public async Task RunRoundAsync(IDbContextFactory<CatalogDbContext> factory, PsqlRunner psql, int untimed, int timed, CancellationToken cancellationToken)
    {
        _loadBefore ??= SearchReport.LoadAverage();
        var request = searchCase.Request();
        var timedBefore = _app.Count;
        var timeoutsBefore = AppTimeouts;
        for (var i = 0; i < untimed + timed && AppTimeouts < SearchCommand.MaxTimeouts; i++)
        {
            var started = TimeProvider.System.GetTimestamp();
            try
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                _results = await new CatalogSearch(db).SearchAsync(request, cancellationToken);
            }
            catch (SearchTimeoutException)
            {
                AppTimeouts++;
            }

            if (i >= untimed)
            {
                _app.Add(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        // a query type that keeps hitting the timeout gets as many psql runs as the app had
        var appRuns = _app.Count - timedBefore;
        var direct = await psql.RunAsync(SearchStatement.For(request, await IdsAsync(factory, request, cancellationToken)), Math.Min(untimed, appRuns + AppTimeouts - timeoutsBefore), Math.Max(1, appRuns), cancellationToken);
        _psql.AddRange(direct.Latencies.Values);
        _psqlTimeouts += direct.Timeouts;
        _plan = direct.Plan;
        _execute = direct.Execute;
        _loadAfter = SearchReport.LoadAverage();
    }

    // psql runs the statement with the filters' ids the app looked up
    private static async Task<SearchFilterIds?> IdsAsync(IDbContextFactory<CatalogDbContext> factory, SearchRequest request, CancellationToken cancellationToken)
    {
        if (!SearchFilterIds.Needed(request))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return await CatalogSearch.LookUpIdsAsync(connection, transaction, request, cancellationToken);
    }

    public SearchReport.Row ToRow() => new(
        searchCase, _results, new Latencies(_app), AppTimeouts,
        new PsqlRunner.Result(new Latencies(_psql), _psqlTimeouts, _plan, _execute), _loadBefore ?? "?", _loadAfter);
}
