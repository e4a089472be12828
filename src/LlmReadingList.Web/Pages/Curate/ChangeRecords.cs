using System.Globalization;
using System.Linq.Expressions;
using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Pages.Curate;

/// <summary>One audited change as the history pages show it, with the record it is about (null once deleted).</summary>
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
    string? Subject,
    string? PaperSlug)
{
    public bool CanRestore => HistoryRestorer.CanRestore(EntityType, Action, Field);

    /// <summary>Where the record is shown: a paper's public page, the curator page of anything else.</summary>
    public string? SubjectUrl => Subject is null ? null : EntityType switch
    {
        AuditEntities.Paper => $"/papers/{PaperSlug}",
        AuditEntities.List => string.Create(CultureInfo.InvariantCulture, $"/curate/lists/{EntityId}/edit"),
        AuditEntities.Tag => "/curate/tags",
        AuditEntities.Author => string.Create(CultureInfo.InvariantCulture, $"/curate/authors/{EntityId}/edit"),
        _ => null,
    };
}

/// <summary>The history query the history pages use: newest first, with the paper, list, tag or author each change is about.</summary>
public static class ChangeRecords
{
    public static IQueryable<ChangeRow> Query(CatalogDbContext db) => Query(db, _ => true);

    /// <summary>The changes the filter picks; it works on the audit rows, as a filter over the projected rows cannot be translated.</summary>
    public static IQueryable<ChangeRow> Query(CatalogDbContext db, Expression<Func<AuditEntry, bool>> filter) =>
        from a in db.AuditEntries.AsNoTracking().Where(filter)
        join p in db.Papers on new { Type = a.EntityType, Id = a.EntityId } equals new { Type = AuditEntities.Paper, p.Id } into papers
        from p in papers.DefaultIfEmpty()
        join l in db.ReadingLists on new { Type = a.EntityType, Id = a.EntityId } equals new { Type = AuditEntities.List, l.Id } into lists
        from l in lists.DefaultIfEmpty()
        join t in db.Tags on new { Type = a.EntityType, Id = a.EntityId } equals new { Type = AuditEntities.Tag, t.Id } into tags
        from t in tags.DefaultIfEmpty()
        join au in db.Authors on new { Type = a.EntityType, Id = a.EntityId } equals new { Type = AuditEntities.Author, au.Id } into authors
        from au in authors.DefaultIfEmpty()
        orderby a.At descending, a.Id descending
        select new ChangeRow(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Field, a.OldValue, a.NewValue, a.ChangeSet,
            p != null ? p.Title : l != null ? l.Title : t != null ? t.Name : au != null ? au.Name : null,
            p == null ? null : p.Slug);

    /// <summary>The changes of one record, newest first.</summary>
    public static IQueryable<ChangeRow> Of(CatalogDbContext db, string entityType, long id) =>
        Query(db, a => a.EntityType == entityType && a.EntityId == id);
}
