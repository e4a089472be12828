using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Creates, renames and deletes tags. A tag's slug follows its name (the old slug redirects) and must be its own;
/// renames are checked against the version the curator loaded. Deleting a tag untags its papers, each recorded as a
/// change of that paper's tags (restorable from the paper's history) and kept by later imports.
/// </summary>
public sealed class TagEditor(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string NameField = "name";
    public const int NameLength = 100;

    public async Task<EditOutcome> CreateAsync(string? name, Curator curator, CancellationToken cancellationToken)
    {
        if (NameProblem(name) is { } problem)
        {
            return EditOutcome.Because(nameof(Tag.Name), problem);
        }

        name = name!.Trim();
        var slug = Slug.From(name);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SlugProblemAsync(db, slug, null, cancellationToken) is { } taken)
        {
            return EditOutcome.Because(nameof(Tag.Name), taken);
        }

        var tag = new Tag { Name = name, Slug = slug };
        db.Tags.Add(tag);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            curator.Audit(db, now).Record(AuditActions.Create, AuditEntities.Tag, tag.Id, NameField, null, name);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return EditOutcome.Because(nameof(Tag.Name), $"There is already a tag with the address “{slug}”.");
        }

        return new EditOutcome.Saved(tag.Slug, tag.Id);
    }

    public Task<EditOutcome> RenameAsync(long tagId, uint expectedVersion, string? name, Curator curator, CancellationToken cancellationToken) =>
        RenameAsync(tagId, expectedVersion, name, curator, AuditActions.Update, cancellationToken);

    internal async Task<EditOutcome> RenameAsync(long tagId, uint expectedVersion, string? name, Curator curator, string action, CancellationToken cancellationToken)
    {
        if (NameProblem(name) is { } problem)
        {
            return EditOutcome.Because(nameof(Tag.Name), problem);
        }

        name = name!.Trim();
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == tagId, cancellationToken);
        if (tag is null)
        {
            return new EditOutcome.NotFound();
        }

        if (tag.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        if (name == tag.Name)
        {
            return new EditOutcome.Saved(tag.Slug, tag.Id);
        }

        var slug = Slug.From(name);
        if (slug != tag.Slug)
        {
            if (await SlugProblemAsync(db, slug, tag.Id, cancellationToken) is { } taken)
            {
                return EditOutcome.Because(nameof(Tag.Name), taken);
            }

            // The tag's own redirect from an earlier name would shadow it; its old address redirects from now on.
            await db.SlugRedirects.Where(r => r.EntityType == "tag" && r.OldSlug == slug).ExecuteDeleteAsync(cancellationToken);
            if (!await db.SlugRedirects.AnyAsync(r => r.EntityType == "tag" && r.OldSlug == tag.Slug, cancellationToken))
            {
                db.SlugRedirects.Add(new SlugRedirect { EntityType = "tag", OldSlug = tag.Slug, TargetId = tag.Id, CreatedAt = now });
            }

            tag.Slug = slug;
        }

        curator.Audit(db, now).Change(AuditEntities.Tag, tag.Id, NameField, tag.Name, name, action);
        tag.Name = name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(tag.Slug, tag.Id);
    }

    public async Task<EditOutcome> DeleteAsync(long tagId, uint expectedVersion, Curator curator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tag = await db.Tags.Include(t => t.Papers).ThenInclude(pt => pt.Paper!).ThenInclude(p => p.Tags).ThenInclude(pt => pt.Tag)
            .AsSplitQuery().SingleOrDefaultAsync(t => t.Id == tagId, cancellationToken);
        if (tag is null)
        {
            return new EditOutcome.NotFound();
        }

        if (tag.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var audit = curator.Audit(db, now);
        foreach (var paper in tag.Papers.Select(pt => pt.Paper!).OrderBy(p => p.Id))
        {
            var before = paper.Tags.Select(t => t.Tag!.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
            audit.Record(AuditActions.Update, AuditEntities.Paper, paper.Id, PaperFields.Tags,
                PaperFieldValues.Tags(before), PaperFieldValues.Tags(before.Where(t => t != tag.Name)));
            // Imports would otherwise tag the paper again from sources.json.
            paper.CuratedFields = [.. paper.CuratedFields.Union([PaperFields.Tags])];
            paper.UpdatedAt = now;
        }

        audit.Record(AuditActions.Delete, AuditEntities.Tag, tag.Id, NameField, tag.Name, null);
        await db.SlugRedirects.Where(r => r.EntityType == "tag" && r.TargetId == tag.Id).ExecuteDeleteAsync(cancellationToken);
        db.PaperTags.RemoveRange(tag.Papers);
        db.Tags.Remove(tag);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(tag.Slug, tag.Id);
    }

    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Enter a name."
        : name.Trim().Length > NameLength ? $"A tag name can have at most {NameLength} characters."
        : Slug.From(name).Length == 0 ? "A tag name needs at least one Latin letter or digit, for its address."
        : null;

    /// <summary>Another tag's address, now or before a rename, cannot be taken: its links would lead here.</summary>
    private static async Task<string?> SlugProblemAsync(CatalogDbContext db, string slug, long? tagId, CancellationToken cancellationToken)
    {
        if (await db.Tags.Where(t => t.Slug == slug && t.Id != tagId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } owner)
        {
            return $"There is already a tag “{owner}” with the address “{slug}”.";
        }

        return await db.SlugRedirects.AnyAsync(r => r.EntityType == "tag" && r.OldSlug == slug && r.TargetId != tagId, cancellationToken)
            ? $"The address “{slug}” still leads to another tag that was renamed; choose another name."
            : null;
    }
}
