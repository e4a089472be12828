using System.Globalization;
using System.Net;
using LlmReadingList.Drills.Harness;
using LlmReadingList.Drills.Hostile;
using LlmReadingList.Drills.Load;
using Npgsql;

namespace LlmReadingList.Drills.Drills;

/// <summary>What every drill gets: its options, the paths, the private cluster, and helpers to start the app and sign editors in.</summary>
public sealed class DrillContext
{
    public const string Editor = "drill.editor@example.test";
    public const string EditorPassword = "drill editor password 8";

    private readonly Dictionary<string, string> _options;

    public DrillContext(string drill, string[] arguments)
    {
        Drill = drill;
        _options = [];
        for (var i = 0; i + 1 < arguments.Length; i += 2)
        {
            _options[arguments[i].TrimStart('-')] = arguments[i + 1];
        }

        Paths = new DrillPaths(Path.GetFullPath(_options.GetValueOrDefault("repo", ".")));
        Cluster = new DrillCluster(Paths.Cluster);
        Command = _options.GetValueOrDefault("command", $"bench/drills.sh {drill}");
    }

    public string Drill { get; }

    public DrillPaths Paths { get; }

    public DrillCluster Cluster { get; }

    /// <summary>The command line that ran the drill, as written to the results file.</summary>
    public string Command { get; }

    public TimeSpan Duration(TimeSpan fallback)
    {
        var text = _options.GetValueOrDefault("duration");
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        var unit = text[^1];
        var number = double.Parse(char.IsDigit(unit) ? text : text[..^1], CultureInfo.InvariantCulture);
        return unit switch
        {
            'm' => TimeSpan.FromMinutes(number),
            'h' => TimeSpan.FromHours(number),
            _ => TimeSpan.FromSeconds(number),
        };
    }

    public int Number(string name, int fallback) =>
        _options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Starts the cluster and gives the drill a database of its own, empty.</summary>
    public async Task<string> FreshDatabaseAsync()
    {
        await Cluster.StartAsync();
        return await Cluster.FreshDatabaseAsync("drills_" + Drill.Replace('-', '_'));
    }

    /// <summary>The app over the seed, with the drill's editor account.</summary>
    public async Task<AppProcess> StartSeededAppAsync(string connectionString)
    {
        Console.Error.WriteLine($"[{Drill}] starting the app (migrate, import the seed) ...");
        var app = await AppProcess.StartWebAsync(Paths, connectionString, importSeed: true, Drill + "-app");
        var environment = new Dictionary<string, string>(AppProcess.Environment(Paths, connectionString)) { ["CATALOG_ADMIN_PASSWORD"] = EditorPassword };
        await using var admin = AppProcess.StartVerb(Paths, environment, Drill + "-create-admin", "create-admin", "--email", Editor);
        if (await admin.WaitAsync(TimeSpan.FromMinutes(2)) != 0)
        {
            throw new InvalidOperationException($"create-admin failed; see {Paths.Log(Drill + "-create-admin")}");
        }

        return app;
    }

    public static HttpClient ReaderClient(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<List<HttpClient>> SignedInEditorsAsync(Uri baseAddress, int count)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < count; i++)
        {
            var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = baseAddress,
                Timeout = TimeSpan.FromSeconds(30),
            };
            await HtmlForms.SignInAsync(client, Editor, EditorPassword);
            clients.Add(client);
        }

        return clients;
    }

    /// <summary>The read mix: home, lists (and their second pages), every paper, searches of each kind, browse pages.</summary>
    public static async Task<(IReadOnlyList<string> ReadPaths, IReadOnlyList<long> PaperIds)> WorkloadAsync(string connectionString, int papersToEdit)
    {
        await using var connection = new NpgsqlConnection(CatalogProbe.Unpooled(connectionString));
        await connection.OpenAsync();
        var paths = new List<string> { "/", "/lists", "/authors", "/tags", "/years", "/years/2023", "/years/unknown" };
        paths.AddRange(await ColumnAsync(connection, "SELECT '/lists/' || slug FROM reading_list"));
        paths.AddRange(await ColumnAsync(connection, "SELECT '/lists/' || slug || '?page=2' FROM reading_list"));
        paths.AddRange(await ColumnAsync(connection, "SELECT '/papers/' || slug FROM paper WHERE merged_into_id IS NULL"));
        paths.AddRange(await ColumnAsync(connection, "SELECT '/authors/' || slug FROM author ORDER BY id LIMIT 20"));
        paths.AddRange(await ColumnAsync(connection, "SELECT '/tags/' || slug FROM tag"));
        paths.AddRange(SearchQueries.Select(q => "/search?q=" + Uri.EscapeDataString(q)));
        paths.AddRange(["/search?q=transformer&sort=newest", "/search?from=2020&to=2023", "/search?lang=zh", "/search?q=attention&page=2"]);
        var ids = new List<long>();
        await using var command = new NpgsqlCommand("SELECT id FROM paper WHERE merged_into_id IS NULL ORDER BY id LIMIT $1", connection);
        command.Parameters.AddWithValue(papersToEdit);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return (paths, ids);
    }

    public static IReadOnlyList<string> SearchQueries { get; } =
    [
        "attention", "large language model", "lora 2021", "注意力", "大模型", "retreival augmented", "scaling -laws",
        "\"instruction tuning\"", "chinchil", "rlhf or dpo", "scaling 2020-2023", "code generation",
    ];

    private static async Task<List<string>> ColumnAsync(NpgsqlConnection connection, string sql)
    {
        var values = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
