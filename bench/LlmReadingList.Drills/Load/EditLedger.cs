using LlmReadingList.Drills.Hostile;
using Npgsql;

namespace LlmReadingList.Drills.Load;

/// <summary>What the database says about the acknowledged edits: each paper holds its last one, and every one is in audit_entry.</summary>
public sealed record EditCheck(int Acknowledged, int Papers, IReadOnlyList<string> Missing, int SavedThoughUnacknowledged)
{
    public bool AllPresent => Missing.Count == 0;

    public string Summary => (AllPresent
        ? $"all {Acknowledged:N0} acknowledged edits of {Papers:N0} papers present (paper row and audit_entry)"
        : $"{Missing.Count:N0} of {Acknowledged:N0} acknowledged edits missing: {string.Join("; ", Missing.Take(5))}")
        + (SavedThoughUnacknowledged > 0
            ? $"; {SavedThoughUnacknowledged} later edit(s) answered with an error were saved all the same (the commit reached the database, its answer did not reach the app)"
            : string.Empty);
}

public static class EditLedger
{
    public static async Task<EditCheck> CheckAsync(string connectionString, LoadOutcome outcome, CancellationToken cancellationToken = default)
    {
        var edits = outcome.Acknowledged.ToList();
        var acknowledged = edits.Select(e => e.Sequence).ToHashSet();
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
        var savedThoughUnacknowledged = 0;
        missing.AddRange(edits.Where(e => !audited.Contains((e.PaperId, e.Title))).Select(e => $"paper {e.PaperId} \"{e.Title}\" not in audit_entry"));
        foreach (var last in edits.GroupBy(e => e.PaperId).Select(g => g.MaxBy(e => e.Sequence)!))
        {
            var current = titles.GetValueOrDefault(last.PaperId);
            // a later edit of the same paper that was answered with an error (a 503 as the database went away) may have committed
            if (current != last.Title && outcome.Posted.Any(p => p.PaperId == last.PaperId && p.Sequence > last.Sequence && !acknowledged.Contains(p.Sequence) && p.Title == current))
            {
                savedThoughUnacknowledged++;
            }
            else if (current != last.Title)
            {
                missing.Add($"paper {last.PaperId} holds \"{titles.GetValueOrDefault(last.PaperId)}\", not its last acknowledged title \"{last.Title}\"");
            }
        }

        return new EditCheck(edits.Count, ids.Length, missing, savedThoughUnacknowledged);
    }
}
