namespace LlmReadingList.LocalPostgres;

/// <summary>Finds the system's PostgreSQL server binaries (Debian keeps them in /usr/lib/postgresql/N/bin).</summary>
public static class PostgresBinaries
{
    public static string? FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && HasServer(fromEnvironment))
        {
            return fromEnvironment;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(d => d.version > 0 && HasServer(Path.Combine(d.dir, "bin")))
                .OrderByDescending(d => d.version)
                .Select(d => Path.Combine(d.dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(HasServer);
    }

    public static string Require() =>
        FindBinDirectory() ?? throw new LocalPostgresException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql), " +
            "set PG_BIN to their folder, or set ConnectionStrings__Catalog to use an existing server.");

    private static bool HasServer(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
