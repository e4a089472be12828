namespace LlmReadingList.Drills.Harness;

/// <summary>Where a drill finds the repository, the published app, and where it keeps its cluster, logs and files (.data/drills, ignored by git).</summary>
public sealed record DrillPaths(string Repository)
{
    public string Root => Path.Combine(Repository, ".data", "drills");

    public string AppDll => Path.Combine(Root, "app", "LlmReadingList.Web.dll");

    public string Seed => Path.Combine(Repository, "seed");

    public string Cluster => Path.Combine(Root, "postgres");

    public string Results => Path.Combine(Repository, "bench", "results", "drills.md");

    public string Work(string name)
    {
        var folder = Path.Combine(Root, "work", name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    public string Log(string name)
    {
        Directory.CreateDirectory(Path.Combine(Root, "logs"));
        return Path.Combine(Root, "logs", name + ".log");
    }
}
