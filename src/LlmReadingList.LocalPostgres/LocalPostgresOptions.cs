namespace LlmReadingList.LocalPostgres;

public sealed record LocalPostgresOptions
{
    /// <summary>Folder that holds the cluster's data, log and settings; created when missing.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Database superuser the cluster is created with.</summary>
    public string UserName { get; init; } = "catalog";

    /// <summary>When true the cluster accepts local TCP connections without a password (throwaway test clusters).</summary>
    public bool TrustLocalConnections { get; init; }

    /// <summary>Ports to try, in order, when the cluster has no port yet. Kept below the kernel's ephemeral range (32768+).</summary>
    public IReadOnlyList<int> CandidatePorts { get; init; } = Enumerable.Range(15432, 200).ToList();

    /// <summary>Extra server settings, e.g. ("fsync", "off") for throwaway clusters.</summary>
    public IReadOnlyList<(string Name, string Value)> ServerSettings { get; init; } = [];
}
