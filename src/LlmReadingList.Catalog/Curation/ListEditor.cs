using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Creates reading lists and saves a curator's edit of one (title, description, entries with their order, sections
/// and notes) as one change: checked against the version the curator loaded (xmin of the list row, which every save
/// rewrites, entries included), audited in the same transaction, and marked curator-owned so imports keep it.
/// </summary>
public sealed class ListEditor(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The form field a problem with the paper to add belongs to.</summary>
    public const string AddPaperField = "Add.Paper";

    public async Task<EditOutcome> CreateAsync(NewList list, Curator curator, CancellationToken cancellationToken)
    {
        var title = list.Title?.Trim() ?? string.Empty;
        var slug = string.IsNullOrWhiteSpace(list.Slug) ? Slug.From(title) : list.Slug.Trim();
        var errors = new Dictionary<string, string>();
        AddProblem(errors, nameof(NewList.Title), CurationRules.TitleProblem(title));
        AddProblem(errors, nameof(NewList.Slug), slug.Length > Slug.MaxLength ? $"A slug can have at most {Slug.MaxLength} characters." : CurationRules.SlugProblem(slug));
        AddProblem(errors, nameof(NewList.Description), DescriptionProblem(list.Description));
        if (errors.Count > 0)
        {
            return new EditOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SlugTakenAsync(db, slug, cancellationToken))
        {
            return EditOutcome.Because(nameof(NewList.Slug), $"Another list already has the address “{slug}”.");
        }

        var created = new ReadingList
        {
            Slug = slug,
            Title = title,
            Description = NormaliseText(list.Description),
            CreatedAt = now,
            UpdatedAt = now,
            CuratedFields = [ListFields.Title, ListFields.Description, ListFields.Entries],
        };
        db.ReadingLists.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            curator.Audit(db, now).Record(AuditActions.Create, AuditEntities.List, created.Id, null, null, title);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return EditOutcome.Because(nameof(NewList.Slug), $"Another list already has the address “{slug}”.");
        }

        return new EditOutcome.Saved(created.Slug, created.Id);
    }

    public Task<EditOutcome> SaveAsync(long listId, uint expectedVersion, ListEdit edit, Curator curator, CancellationToken cancellationToken) =>
        SaveAsync(listId, expectedVersion, edit, curator, AuditActions.Update, cancellationToken);

    internal async Task<EditOutcome> SaveAsync(long listId, uint expectedVersion, ListEdit edit, Curator curator, string action, CancellationToken cancellationToken)
    {
        var errors = Validate(edit);
        if (errors.Count > 0)
        {
            return new EditOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var list = await Load(db).SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null)
        {
            return new EditOutcome.NotFound();
        }

        if (list.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        var wanted = edit.Entries.DistinctBy(e => e.PaperId).Select(e => new ListEntryEdit(e.PaperId, Normalise(e.Section), Normalise(e.Note))).ToList();
        if (edit.Add is { } add && !string.IsNullOrWhiteSpace(add.Paper))
        {
            var (paper, problem) = await PaperLookup.FindAsync(db, add.Paper, cancellationToken);
            if (paper is null)
            {
                return EditOutcome.Because(AddPaperField, problem!);
            }

            var already = wanted.FindIndex(e => e.PaperId == paper.Id);
            if (already >= 0)
            {
                return EditOutcome.Because(AddPaperField, $"“{paper.Title}” is already in this list, at position {already + 1}.");
            }

            wanted.Add(new ListEntryEdit(paper.Id, Normalise(add.Section), Normalise(add.Note)));
        }

        var ids = wanted.Select(e => e.PaperId).ToList();
        var slugs = await db.Papers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);
        if (slugs.Count != ids.Count)
        {
            return EditOutcome.Because(nameof(ListEdit.Entries), "A paper in the list is no longer in the catalog; reload the list and try again.");
        }

        var audit = curator.Audit(db, now);
        var changed = new List<string>();
        var title = edit.Title.Trim();
        if (audit.Change(AuditEntities.List, list.Id, ListFields.Title, list.Title, title, action))
        {
            list.Title = title;
            changed.Add(ListFields.Title);
        }

        var description = NormaliseText(edit.Description);
        if (audit.Change(AuditEntities.List, list.Id, ListFields.Description, list.Description, description, action))
        {
            list.Description = description;
            changed.Add(ListFields.Description);
        }

        if (ReplaceEntries(db, list, wanted, slugs, audit, action))
        {
            changed.Add(ListFields.Entries);
        }

        if (changed.Count == 0)
        {
            return new EditOutcome.Saved(list.Slug, list.Id);
        }

        list.CuratedFields = [.. list.CuratedFields.Union(changed)];
        // Touching the list row makes an entries-only save check and renew the list's version too.
        list.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(list.Slug, list.Id);
    }

    public static IQueryable<ReadingList> Load(CatalogDbContext db) => db.ReadingLists.Include(l => l.Entries).ThenInclude(e => e.Paper);

    /// <summary>The list as an edit: what the form starts from, and what a conflict page shows as the current version.</summary>
    public static ListEdit Current(ReadingList list) => new()
    {
        Title = list.Title,
        Description = list.Description,
        Entries = list.Entries.OrderBy(e => e.Position).ThenBy(e => e.Id).Select(e => new ListEntryEdit(e.PaperId, e.Section, e.Note)).ToList(),
    };

    public static IEnumerable<ListEntryLine> Lines(ReadingList list) =>
        list.Entries.OrderBy(e => e.Position).ThenBy(e => e.Id).Select((e, i) => new ListEntryLine(i + 1, e.Paper!.Slug, e.Section, e.Note));

    private static bool ReplaceEntries(CatalogDbContext db, ReadingList list, List<ListEntryEdit> wanted, Dictionary<long, string> slugs, AuditTrail audit, string action)
    {
        var before = ListFieldValues.Entries(Lines(list));
        var after = ListFieldValues.Entries(wanted.Select((e, i) => new ListEntryLine(i + 1, slugs[e.PaperId], e.Section, e.Note)));
        if (before == after)
        {
            return false;
        }

        var wantedIds = wanted.Select(e => e.PaperId).ToHashSet();
        foreach (var stale in list.Entries.Where(e => !wantedIds.Contains(e.PaperId)).ToList())
        {
            list.Entries.Remove(stale);
            db.ListEntries.Remove(stale);
        }

        // Rows are updated in place: a list holds a paper once, and a removed and re-added row would collide.
        for (var position = 0; position < wanted.Count; position++)
        {
            var (paperId, section, note) = wanted[position];
            if (list.Entries.FirstOrDefault(e => e.PaperId == paperId) is { } entry)
            {
                (entry.Position, entry.Section, entry.Note) = (position, section, note);
            }
            else
            {
                list.Entries.Add(new ListEntry { PaperId = paperId, Position = position, Section = section, Note = note });
            }
        }

        audit.Record(action, AuditEntities.List, list.Id, ListFields.Entries, before, after);
        return true;
    }

    private static Dictionary<string, string> Validate(ListEdit edit)
    {
        var errors = new Dictionary<string, string>();
        AddProblem(errors, nameof(ListEdit.Title), CurationRules.TitleProblem(edit.Title));
        AddProblem(errors, nameof(ListEdit.Description), DescriptionProblem(edit.Description));
        for (var i = 0; i < edit.Entries.Count; i++)
        {
            AddProblem(errors, nameof(ListEdit.Entries), EntryProblem(edit.Entries[i].Section, edit.Entries[i].Note) is { } problem ? $"Entry {i + 1}: {problem}" : null);
        }

        if (edit.Add is { } add)
        {
            AddProblem(errors, "Add.Section", EntryProblem(add.Section, null));
            AddProblem(errors, "Add.Note", EntryProblem(null, add.Note));
        }

        return errors;
    }

    public static string? EntryProblem(string? section, string? note) =>
        section?.Trim().Length > Limits.TitleLength ? $"A section heading can have at most {Limits.TitleLength} characters."
        : section?.Contains(ListFieldValues.Separator, StringComparison.Ordinal) == true ? $"A section heading cannot contain “{ListFieldValues.Separator}”."
        : note?.Trim().Length > Limits.NoteLength ? $"A note can have at most {Limits.NoteLength} characters."
        : null;

    private static string? DescriptionProblem(string? description) =>
        description?.Trim().Length > Limits.NoteLength ? $"A description can have at most {Limits.NoteLength} characters." : null;

    private static void AddProblem(Dictionary<string, string> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors.TryAdd(field, problem);
        }
    }

    /// <summary>Trimmed, on one line (entries are audited one per line), and null when empty.</summary>
    private static string? Normalise(string? text)
    {
        var line = string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length == 0 ? null : line;
    }

    private static string? NormaliseText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    private static async Task<bool> SlugTakenAsync(CatalogDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.ReadingLists.AnyAsync(l => l.Slug == slug, cancellationToken)
        || await db.SlugRedirects.AnyAsync(r => r.EntityType == "list" && r.OldSlug == slug, cancellationToken);
}
