using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Finds the paper an entry describes: by arXiv id, then by normalised title (canonical or alternative). Loads every
/// candidate for the article in one query; a paper merged into another stands for its survivor.
/// </summary>
internal sealed class PaperMatcher
{
    private readonly Dictionary<string, Paper> _byArxiv = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Paper>> _byKey = new(StringComparer.Ordinal);

    public static IQueryable<Paper> Including(IQueryable<Paper> papers) => papers
        .Include(p => p.Titles)
        .Include(p => p.Links)
        .Include(p => p.Authors)
        .Include(p => p.Summaries)
        .Include(p => p.Flags)
        .Include(p => p.ListEntries).ThenInclude(e => e.List)
        .AsSplitQuery();

    public static async Task<PaperMatcher> LoadAsync(CatalogDbContext db, IReadOnlyList<PlannedEntry> plan, CancellationToken cancellationToken)
    {
        var arxivIds = plan.Where(p => p.ArxivId is not null).Select(p => p.ArxivId!).Distinct().ToList();
        var keys = plan.SelectMany(KeysOf).Distinct().ToList();
        // Three index lookups, then the papers by id: one OR over them makes PostgreSQL scan every paper.
        var ids = await db.Papers.Where(p => p.ArxivId != null && arxivIds.Contains(p.ArxivId)).Select(p => p.Id)
            .Union(db.Papers.Where(p => keys.Contains(p.TitleKey)).Select(p => p.Id))
            .Union(db.PaperTitles.Where(t => keys.Contains(t.TitleKey)).Select(t => t.PaperId))
            .ToListAsync(cancellationToken);
        var found = ids.Count == 0 ? [] : await Including(db.Papers).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);

        var survivorIds = found.Where(p => p.MergedIntoId is not null).Select(p => p.MergedIntoId!.Value).Distinct().ToList();
        var survivors = new Dictionary<long, Paper>();
        while (survivorIds.Count > 0)
        {
            var batch = await Including(db.Papers).Where(p => survivorIds.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var paper in batch)
            {
                survivors[paper.Id] = paper;
            }

            survivorIds = batch.Where(p => p.MergedIntoId is not null && !survivors.ContainsKey(p.MergedIntoId.Value))
                .Select(p => p.MergedIntoId!.Value).Distinct().ToList();
        }

        var matcher = new PaperMatcher();
        foreach (var paper in found)
        {
            var target = paper;
            while (target.MergedIntoId is { } next && survivors.TryGetValue(next, out var survivor))
            {
                target = survivor;
            }

            if (paper.ArxivId is not null)
            {
                matcher._byArxiv.TryAdd(paper.ArxivId, target);
            }

            matcher.AddKey(paper.TitleKey, target);
            foreach (var title in paper.Titles)
            {
                matcher.AddKey(title.TitleKey, target);
            }
        }

        return matcher;
    }

    /// <summary>The paper this entry describes, never <paramref name="excluded"/> (the paper a conflicting entry was told apart from).</summary>
    public Paper? Find(PlannedEntry entry, Paper? excluded)
    {
        if (entry.ArxivId is not null && _byArxiv.TryGetValue(entry.ArxivId, out var byId) && byId != excluded)
        {
            return byId;
        }

        foreach (var key in KeysOf(entry))
        {
            var match = _byKey.GetValueOrDefault(key)?.FirstOrDefault(p =>
                p != excluded && (p.ArxivId is null || entry.ArxivId is null || p.ArxivId == entry.ArxivId));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    public void Remember(Paper paper, PlannedEntry entry)
    {
        if (paper.ArxivId is not null)
        {
            _byArxiv.TryAdd(paper.ArxivId, paper);
        }

        foreach (var key in KeysOf(entry))
        {
            AddKey(key, paper);
        }
    }

    private static IEnumerable<string> KeysOf(PlannedEntry entry)
    {
        yield return TitleKey.For(entry.Title);
        if (!entry.TitleIsProvisional && entry.Entry.Title is { } articleTitle)
        {
            yield return TitleKey.For(articleTitle);
        }
    }

    private void AddKey(string key, Paper paper)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var papers))
        {
            papers = [];
            _byKey[key] = papers;
        }

        if (!papers.Contains(paper))
        {
            papers.Add(paper);
        }
    }
}
