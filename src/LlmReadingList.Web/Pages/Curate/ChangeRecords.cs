using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate;

/// <summary>One audited change as the history pages show it.</summary>
public sealed record ChangeRow(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string EntityType,
    long EntityId,
    string? Field,
    string? OldValue,
    string? NewValue,
    Guid ChangeSet,
    string? PaperTitle,
    string? PaperSlug)
{
    public bool CanRestore => HistoryRestorer.CanRestore(EntityType, Action, Field);
}

/// <summary>The history query both history pages use: newest first, with the paper each change is about.</summary>
public static class ChangeRecords
{
    public static IQueryable<ChangeRow> Query(CatalogDbContext db) =>
        from a in db.AuditEntries.AsNoTracking()
        join p in db.Papers on new { Type = a.EntityType, Id = a.EntityId } equals new { Type = AuditEntities.Paper, p.Id } into papers
        from p in papers.DefaultIfEmpty()
        orderby a.At descending, a.Id descending
        select new ChangeRow(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Field, a.OldValue, a.NewValue, a.ChangeSet,
            p == null ? null : p.Title, p == null ? null : p.Slug);
}
