using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;

namespace LlmReadingList.Catalog.Curation;

/// <summary>Who makes a curator change: written into every audit entry of it.</summary>
public sealed record Curator(string Name, string? UserId)
{
    public AuditTrail Audit(CatalogDbContext db, DateTimeOffset now) => new(db, Name, UserId, now);
}
