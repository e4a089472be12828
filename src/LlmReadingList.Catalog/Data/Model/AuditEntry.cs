namespace LlmReadingList.Catalog.Data.Model;

/// <summary>One field of one record changed by one person (or by the importer), written with the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who made the change: a curator's user name, or "import".</summary>
    public required string Actor { get; set; }

    public string? UserId { get; set; }

    /// <summary>Groups the entries one action wrote (a merge moves many rows at once), so it can be undone as one.</summary>
    public Guid ChangeSet { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public long EntityId { get; set; }

    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
