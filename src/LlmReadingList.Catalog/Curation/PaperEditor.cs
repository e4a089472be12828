using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Curation;

/// <summary>
/// Saves a curator's edit of a paper and everything on it (titles, links, authors, tags) as one change: checked
/// against the version the curator loaded (xmin of the paper row, which every save of the paper rewrites), with
/// an audit entry per changed field in the same transaction, and the fields marked as curator-owned so imports
/// leave them alone.
/// </summary>
public sealed class PaperEditor(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public async Task<EditOutcome> SaveAsync(long paperId, uint expectedVersion, PaperEdit edit, Curator curator, CancellationToken cancellationToken) =>
        await SaveAsync(paperId, expectedVersion, edit, curator, AuditActions.Update, cancellationToken);

    internal async Task<EditOutcome> SaveAsync(long paperId, uint expectedVersion, PaperEdit edit, Curator curator, string action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = Validate(edit, now, out var arxivId);
        if (errors.Count > 0)
        {
            return new EditOutcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var paper = await Load(db).SingleOrDefaultAsync(p => p.Id == paperId && p.MergedIntoId == null, cancellationToken);
        if (paper is null)
        {
            return new EditOutcome.NotFound();
        }

        if (paper.Version != expectedVersion)
        {
            return new EditOutcome.Conflict();
        }

        if (arxivId is not null && arxivId != paper.ArxivId
            && await db.Papers.Where(p => p.ArxivId == arxivId && p.Id != paperId).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) is { } owner)
        {
            return EditOutcome.Because(nameof(PaperEdit.ArxivId), $"arXiv {arxivId} already belongs to \"{owner}\". If they are the same paper, merge them.");
        }

        var audit = new AuditTrail(db, curator.Name, curator.UserId, now);
        var changed = new List<string>();
        var title = edit.Title.Trim();
        if (title != paper.Title)
        {
            await PaperRetitling.RetitleAsync(db, paper, title, audit, now, cancellationToken, action);
            changed.Add(PaperFields.Title);
        }

        if (audit.Change(AuditEntities.Paper, paper.Id, PaperFields.Year, paper.Year, edit.Year, action))
        {
            paper.Year = edit.Year;
            changed.Add(PaperFields.Year);
        }

        if (audit.Change(AuditEntities.Paper, paper.Id, PaperFields.ArxivId, paper.ArxivId, arxivId, action))
        {
            paper.ArxivId = arxivId;
            changed.Add(PaperFields.ArxivId);
        }

        if (ReplaceTitles(paper, edit, audit, action))
        {
            changed.Add(PaperFields.Titles);
        }

        if (ReplaceLinks(paper, edit, audit, action))
        {
            changed.Add(PaperFields.Links);
        }

        if (await ReplaceAuthorsAsync(db, paper, edit, audit, action, cancellationToken))
        {
            changed.Add(PaperFields.Authors);
        }

        if (await ReplaceTagsAsync(db, paper, edit, audit, action, cancellationToken))
        {
            changed.Add(PaperFields.Tags);
        }

        if (changed.Count == 0)
        {
            return new EditOutcome.Saved(paper.Slug);
        }

        await ResolveCuredFlagsAsync(db, paper, changed, audit, now, cancellationToken);
        paper.CuratedFields = [.. paper.CuratedFields.Union(changed)];
        // Touching the paper row makes every save (even of titles or links only) check and renew the version.
        paper.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome.Conflict();
        }

        return new EditOutcome.Saved(paper.Slug);
    }

    /// <summary>An edit that supplies what a flag asked for settles the flag in the same save.</summary>
    private static async Task ResolveCuredFlagsAsync(CatalogDbContext db, Paper paper, List<string> changed, AuditTrail audit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cured = new List<ReviewFlagKind>();
        if (changed.Contains(PaperFields.Title))
        {
            cured.Add(ReviewFlagKind.ProvisionalTitle);
        }

        if (changed.Contains(PaperFields.Year) && paper.Year is not null)
        {
            cured.Add(ReviewFlagKind.MissingYear);
        }

        if (changed.Contains(PaperFields.ArxivId))
        {
            cured.Add(ReviewFlagKind.ConflictingArxivId);
        }

        if (changed.Contains(PaperFields.Links) && paper.Links.Any(l => l.Kind is LinkKind.Abstract or LinkKind.Pdf))
        {
            cured.Add(ReviewFlagKind.NotAPaper);
        }

        if (cured.Count == 0)
        {
            return;
        }

        // A conflict is settled for both papers once either of them gets its arXiv id corrected.
        var flags = await db.ReviewFlags
            .Where(f => f.ResolvedAt == null && cured.Contains(f.Kind)
                && (f.PaperId == paper.Id || (f.Kind == ReviewFlagKind.ConflictingArxivId && f.RelatedPaperId == paper.Id)))
            .ToListAsync(cancellationToken);
        foreach (var flag in flags)
        {
            ReviewQueue.Resolve(flag, $"settled by {audit.Actor}'s edit of \"{paper.Title}\"", audit, now);
        }
    }

    public static IQueryable<Paper> Load(CatalogDbContext db) => db.Papers
        .Include(p => p.Titles)
        .Include(p => p.Links)
        .Include(p => p.Authors).ThenInclude(a => a.Author)
        .Include(p => p.Tags).ThenInclude(t => t.Tag)
        .AsSplitQuery();

    /// <summary>The paper as an edit: what the form starts from, and what a conflict page shows as the current version.</summary>
    public static PaperEdit Current(Paper paper) => new()
    {
        Title = paper.Title,
        Year = paper.Year,
        ArxivId = paper.ArxivId,
        AlternativeTitles = paper.Titles.OrderBy(t => t.Id).Select(t => new AlternativeTitleEdit(t.Title, t.Language)).ToList(),
        Links = paper.Links.OrderBy(l => l.Id).Select(l => new LinkEdit(l.Url, l.Kind)).ToList(),
        Authors = paper.Authors.OrderBy(a => a.Position).Select(a => new AuthorEdit(a.Author!.Name, a.Author.Kind)).ToList(),
        Tags = paper.Tags.Select(t => t.Tag!.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    private static Dictionary<string, string> Validate(PaperEdit edit, DateTimeOffset now, out string? arxivId)
    {
        var errors = new Dictionary<string, string>();
        if (CurationRules.TitleProblem(edit.Title) is { } title)
        {
            errors[nameof(PaperEdit.Title)] = title;
        }

        if (CurationRules.YearProblem(edit.Year, now) is { } year)
        {
            errors[nameof(PaperEdit.Year)] = year;
        }

        if (CurationRules.ArxivProblem(edit.ArxivId, out arxivId) is { } arxiv)
        {
            errors[nameof(PaperEdit.ArxivId)] = arxiv;
        }

        for (var i = 0; i < edit.AlternativeTitles.Count; i++)
        {
            if (CurationRules.TitleProblem(edit.AlternativeTitles[i].Title) is { } problem)
            {
                errors[$"{nameof(PaperEdit.AlternativeTitles)}[{i}]"] = problem;
            }
        }

        for (var i = 0; i < edit.Links.Count; i++)
        {
            if (CurationRules.UrlProblem(edit.Links[i].Url) is { } problem)
            {
                errors[$"{nameof(PaperEdit.Links)}[{i}]"] = problem;
            }
        }

        for (var i = 0; i < edit.Authors.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(edit.Authors[i].Name) || edit.Authors[i].Name.Trim().Length > Limits.NameLength)
            {
                errors[$"{nameof(PaperEdit.Authors)}[{i}]"] = $"Enter a name of at most {Limits.NameLength} characters.";
            }
        }

        for (var i = 0; i < edit.Tags.Count; i++)
        {
            if (Slug.From(edit.Tags[i]).Length == 0 || edit.Tags[i].Trim().Length > 100)
            {
                errors[$"{nameof(PaperEdit.Tags)}[{i}]"] = "A tag needs letters or digits and at most 100 characters.";
            }
        }

        return errors;
    }

    private static bool ReplaceTitles(Paper paper, PaperEdit edit, AuditTrail audit, string action)
    {
        var before = paper.Titles.OrderBy(t => t.Id).Select(t => new AlternativeTitleEdit(t.Title, t.Language)).ToList();
        var wanted = edit.AlternativeTitles.Select(t => new AlternativeTitleEdit(t.Title.Trim(), t.Language.Trim()))
            .DistinctBy(t => t.Title).ToList();
        if (before.SequenceEqual(wanted))
        {
            return false;
        }

        foreach (var stale in paper.Titles.Where(t => !wanted.Contains(new AlternativeTitleEdit(t.Title, t.Language))).ToList())
        {
            paper.Titles.Remove(stale);
        }

        foreach (var title in wanted.Where(w => !paper.Titles.Any(t => t.Title == w.Title && t.Language == w.Language)))
        {
            paper.Titles.Add(new PaperTitle { Title = title.Title, TitleKey = TitleKey.For(title.Title), Language = title.Language });
        }

        audit.Record(action, AuditEntities.Paper, paper.Id, PaperFields.Titles, PaperFieldValues.Titles(before), PaperFieldValues.Titles(wanted));
        return true;
    }

    private static bool ReplaceLinks(Paper paper, PaperEdit edit, AuditTrail audit, string action)
    {
        var before = paper.Links.OrderBy(l => l.Id).Select(l => new LinkEdit(l.Url, l.Kind)).ToList();
        var wanted = edit.Links.Select(l => l with { Url = l.Url.Trim() }).DistinctBy(l => l.Url).ToList();
        if (before.SequenceEqual(wanted))
        {
            return false;
        }

        foreach (var stale in paper.Links.Where(l => !wanted.Contains(new LinkEdit(l.Url, l.Kind))).ToList())
        {
            paper.Links.Remove(stale);
        }

        foreach (var link in wanted.Where(w => !paper.Links.Any(l => l.Url == w.Url && l.Kind == w.Kind)))
        {
            paper.Links.Add(new PaperLink { Url = link.Url, Kind = link.Kind });
        }

        audit.Record(action, AuditEntities.Paper, paper.Id, PaperFields.Links, PaperFieldValues.Links(before), PaperFieldValues.Links(wanted));
        return true;
    }

    private static async Task<bool> ReplaceAuthorsAsync(CatalogDbContext db, Paper paper, PaperEdit edit, AuditTrail audit, string action, CancellationToken cancellationToken)
    {
        var before = paper.Authors.OrderBy(a => a.Position).Select(a => new AuthorEdit(a.Author!.Name, a.Author.Kind)).ToList();
        var wanted = edit.Authors.Select(a => a with { Name = a.Name.Trim() }).DistinctBy(a => TitleKey.For(a.Name)).ToList();
        if (before.SequenceEqual(wanted))
        {
            return false;
        }

        var slugs = new SlugReservations(db);
        var authors = new List<Author>();
        foreach (var wantedAuthor in wanted)
        {
            var key = TitleKey.For(wantedAuthor.Name);
            var author = await db.AuthorAliases.Where(a => a.NameKey == key).Select(a => a.Author).FirstOrDefaultAsync(cancellationToken)
                ?? db.Authors.Local.FirstOrDefault(a => a.Aliases.Any(alias => alias.NameKey == key));
            while (author?.MergedIntoId is { } survivor)
            {
                author = await db.Authors.SingleAsync(a => a.Id == survivor, cancellationToken);
            }

            if (author is null)
            {
                author = new Author
                {
                    Name = wantedAuthor.Name,
                    Kind = wantedAuthor.Kind,
                    Slug = await slugs.ReserveAsync(SlugReservations.Author, Slug.From(wantedAuthor.Name) is { Length: > 0 } s ? s : "author", cancellationToken),
                    CuratedFields = [AuthorFields.Name, AuthorFields.Kind],
                };
                author.Aliases.Add(new AuthorAlias { Name = wantedAuthor.Name, NameKey = key });
                db.Authors.Add(author);
            }

            authors.Add(author);
        }

        // Rows are updated in place: a removed and re-added (paper, author) pair would collide in the change tracker.
        foreach (var stale in paper.Authors.Where(pa => !authors.Contains(pa.Author!)).ToList())
        {
            paper.Authors.Remove(stale);
        }

        for (var i = 0; i < authors.Count; i++)
        {
            var row = paper.Authors.FirstOrDefault(pa => pa.Author == authors[i]);
            if (row is null)
            {
                paper.Authors.Add(new PaperAuthor { Author = authors[i], Position = i });
            }
            else
            {
                row.Position = i;
            }
        }

        audit.Record(action, AuditEntities.Paper, paper.Id, PaperFields.Authors, PaperFieldValues.Authors(before), PaperFieldValues.Authors(wanted));
        return true;
    }

    private static async Task<bool> ReplaceTagsAsync(CatalogDbContext db, Paper paper, PaperEdit edit, AuditTrail audit, string action, CancellationToken cancellationToken)
    {
        var before = paper.Tags.Select(t => t.Tag!.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var wanted = edit.Tags.Select(t => t.Trim()).DistinctBy(t => Slug.From(t)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (before.SequenceEqual(wanted, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        // A tag is found by its name first: a tag from sources.json may have a slug its name would not give ("scaling").
        var slugs = wanted.Select(t => Slug.From(t)).ToList();
        var names = wanted.Select(t => t.ToLowerInvariant()).ToList();
        var candidates = await db.Tags.Where(t => slugs.Contains(t.Slug) || names.Contains(t.Name.ToLower())).ToListAsync(cancellationToken);
        var tags = new List<Tag>();
        foreach (var name in wanted)
        {
            var slug = Slug.From(name);
            var tag = candidates.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) ?? candidates.FirstOrDefault(t => t.Slug == slug);
            if (tag is null)
            {
                tag = new Tag { Name = name, Slug = slug };
                db.Tags.Add(tag);
                candidates.Add(tag);
            }

            tags.Add(tag);
        }

        foreach (var stale in paper.Tags.Where(pt => !tags.Contains(pt.Tag!)).ToList())
        {
            paper.Tags.Remove(stale);
        }

        foreach (var tag in tags.Where(tag => !paper.Tags.Any(pt => pt.Tag == tag)))
        {
            paper.Tags.Add(new PaperTag { Tag = tag });
        }

        audit.Record(action, AuditEntities.Paper, paper.Id, PaperFields.Tags, PaperFieldValues.Tags(before), PaperFieldValues.Tags(wanted));
        return true;
    }
}
