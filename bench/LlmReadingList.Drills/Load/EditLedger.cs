using LlmReadingList.Drills.Hostile;
using Npgsql;

namespace LlmReadingList.Drills.Load;

/// <summary>What the database says about the acknowledged edits: each paper holds its last one, and every one is in audit_entry.</summary>
public sealed record EditCheck(int Acknowledged, int Papers, IReadOnlyList<string> Missing)
{
    public bool AllPresent => Missing.Count == 0;

    public string Summary => AllPresent
        ? $"all {Acknowledged:N0} acknowledged edits of {Papers:N0} papers present (paper row and audit_entry)"
        : $"{Missing.Count:N0} of {Acknowledged:N0} acknowledged edits missing: {string.Join("; ", Missing.Take(5))}";
}

public static class EditLedger
{
    public static async Task<EditCheck> CheckAsync(string connectionString, IEnumerable<AcknowledgedEdit> acknowledged, CancellationToken cancellationToken = default)
    {
        var edits = acknowledged.ToList();
        var ids = edits.Select(e => e.PaperId).Distinct().ToArray();
        await using var connection = new NpgsqlConnection(CatalogProbe.Unpooled(connectionString));
        await connection.OpenAsync(cancellationToken);

        var titles = new Dictionary<long, string>();
        await using (var command = new NpgsqlCommand("SELECT id, title FROM paper WHERE id = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                titles[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        var audited = new HashSet<(long, string)>();
        await using (var command = new NpgsqlCommand(
            "SELECT entity_id, new_value FROM audit_entry WHERE entity_type = 'paper' AND field = 'title' AND entity_id = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.IsDBNull(1))
                {
                    audited.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }
        }

        var missing = new List<string>();
        missing.AddRange(edits.Where(e => !audited.Contains((e.PaperId, e.Title))).Select(e => $"paper {e.PaperId} \"{e.Title}\" not in audit_entry"));
        foreach (var last in edits.GroupBy(e => e.PaperId).Select(g => g.MaxBy(e => e.Sequence)!))
        {
            if (titles.GetValueOrDefault(last.PaperId) != last.Title)
            {
                missing.Add($"paper {last.PaperId} holds \"{titles.GetValueOrDefault(last.PaperId)}\", not its last acknowledged title \"{last.Title}\"");
            }
        }

        return new EditCheck(edits.Count, ids.Length, missing);
    }
}
