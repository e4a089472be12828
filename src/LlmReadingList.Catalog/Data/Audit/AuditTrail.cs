using LlmReadingList.Catalog.Data.Model;

namespace LlmReadingList.Catalog.Data.Audit;

/// <summary>
/// Writes audit entries for one action (one change set) into the same DbContext as the change, so they commit
/// in the same transaction as the change itself or not at all.
/// </summary>
public sealed class AuditTrail(CatalogDbContext db, string actor, string? userId, DateTimeOffset at)
{
    public Guid ChangeSet { get; } = Guid.NewGuid();

    public string Actor => actor;

    public int Count { get; private set; }

    public void Record(string action, string entityType, long entityId, string? field = null, string? oldValue = null, string? newValue = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Actor = actor,
            UserId = userId,
            ChangeSet = ChangeSet,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        });
        Count++;
    }

    /// <summary>Records a field change when the value really changed; returns whether it did.</summary>
    public bool Change<T>(string entityType, long entityId, string field, T oldValue, T newValue, string action = AuditActions.Update)
    {
        if (EqualityComparer<T>.Default.Equals(oldValue, newValue))
        {
            return false;
        }

        Record(action, entityType, entityId, field, Format(oldValue), Format(newValue));
        return true;
    }

    public static string? Format<T>(T value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Add = "add";
    public const string Remove = "remove";
    public const string Merge = "merge";
    public const string Unmerge = "unmerge";
    public const string Restore = "restore";
    public const string Resolve = "resolve";
}

public static class AuditEntities
{
    public const string Paper = "paper";
    public const string Summary = "summary";
    public const string Author = "author";
    public const string List = "list";
    public const string Tag = "tag";
    public const string ReviewFlag = "review_flag";
}
