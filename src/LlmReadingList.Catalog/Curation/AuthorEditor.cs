using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Renames an author or switches between person and organisation, checked against the version the curator loaded
/// and audited in the same transaction. A rename keeps the old name as an alias, so imports still credit the same
/// author, and its slug follows the name with the old one redirecting. Both fields become curator-owned.
/// </summary>
public sealed class AuthorEditor(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public Task<EditOutcome> SaveAsync(long authorId, uint expectedVersion, AuthorEdit edit, Curator curator, CancellationToken cancellationToken) =>
        SaveAsync(authorId, expectedVersion, edit, curator, AuditActions.Update, cancellationToken);

    internal async Task<EditOutcome> SaveAsync(long authorId, uint expectedVersion, AuthorEdit edit, Curator curator, string action, CancellationToken cancellationToken)
    {
        var name = edit.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > Limits.NameLength || TitleKey.For(name).Length == 0)
        {
            return EditOutcome.Because(nameof(AuthorEdit.Name), $"Enter a name of at most {Limits.NameLength} characters.");
        }

        if (!Enum.IsDefined(edit.Kind))
        {
            return EditOutcome.Because(nameof(AuthorEdit.Kind), "Choose person or organisation.");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var author = await db.Authors.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Id == authorId && a.MergedIntoId == null, cancellationToken);
        if (author is null)
        {
            return new EditOutcome.NotFound();
        }

        if (author.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var key = TitleKey.For(name);
        if (await db.AuthorAliases.Where(a => a.NameKey == key && a.AuthorId != authorId).Select(a => a.Author!.Name).FirstOrDefaultAsync(cancellationToken) is { } owner)
        {
            return EditOutcome.Because(nameof(AuthorEdit.Name), $"“{name}” is already a name of “{owner}”. If they are the same, merge them.");
        }

        var audit = curator.Audit(db, now);
        var changed = new List<string>();
        if (name != author.Name)
        {
            await RenameAsync(db, author, name, key, now, cancellationToken);
            audit.Change(AuditEntities.Author, author.Id, AuthorFields.Name, author.Name, name, action);
            author.Name = name;
            changed.Add(AuthorFields.Name);
        }

        if (audit.Change(AuditEntities.Author, author.Id, AuthorFields.Kind, SnakeCaseEnum<AuthorKind>.ToText(author.Kind), SnakeCaseEnum<AuthorKind>.ToText(edit.Kind), action))
        {
            author.Kind = edit.Kind;
            changed.Add(AuthorFields.Kind);
        }

        if (changed.Count == 0)
        {
            return new EditOutcome.Saved(author.Slug, author.Id);
        }

        author.CuratedFields = [.. author.CuratedFields.Union(changed)];
        author.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(author.Slug, author.Id);
    }

    /// <summary>The author as an edit: what the form starts from, and what a conflict page shows as the current version.</summary>
    public static AuthorEdit Current(Author author) => new(author.Name, author.Kind);

    /// <summary>Both names stay aliases (imports match credits through them); the slug follows the new name.</summary>
    private static async Task RenameAsync(CatalogDbContext db, Author author, string name, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldKey = TitleKey.For(author.Name);
        if (oldKey.Length > 0 && author.Aliases.All(a => a.NameKey != oldKey) && !await db.AuthorAliases.AnyAsync(a => a.NameKey == oldKey, cancellationToken))
        {
            author.Aliases.Add(new AuthorAlias { Name = author.Name, NameKey = oldKey });
        }

        if (author.Aliases.All(a => a.NameKey != key))
        {
            author.Aliases.Add(new AuthorAlias { Name = name, NameKey = key });
        }

        var oldSlug = author.Slug;
        var wanted = Slug.From(name) is { Length: > 0 } fromName ? fromName : "author";
        if (wanted == oldSlug)
        {
            return;
        }

        author.Slug = await Slug.MakeUniqueAsync(wanted, async candidate =>
            candidate != oldSlug && (await db.Authors.AnyAsync(a => a.Slug == candidate && a.Id != author.Id, cancellationToken)
                || await db.SlugRedirects.AnyAsync(r => r.EntityType == "author" && r.OldSlug == candidate && r.TargetId != author.Id, cancellationToken)));
        if (author.Slug == oldSlug)
        {
            return;
        }

        // A redirect row for the new slug (left by an earlier rename back and forth) would shadow the author itself.
        await db.SlugRedirects.Where(r => r.EntityType == "author" && r.OldSlug == author.Slug).ExecuteDeleteAsync(cancellationToken);
        if (!await db.SlugRedirects.AnyAsync(r => r.EntityType == "author" && r.OldSlug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "author", OldSlug = oldSlug, TargetId = author.Id, CreatedAt = now });
        }
    }
}
