using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Manifest;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>Keeps an article's reading list equal to the article: its papers in article order under its sections.</summary>
internal sealed class ReadingListWriter(CatalogDbContext db, SlugReservations slugs, AuditTrail audit, ImportChanges changes, DateTimeOffset now)
{
    public async Task SyncAsync(
        SourceDescriptor descriptor,
        Source source,
        IReadOnlyList<PlannedEntry> plan,
        IReadOnlyList<Paper> papers,
        CancellationToken cancellationToken)
    {
        var list = await db.ReadingLists.Include(l => l.Entries).SingleOrDefaultAsync(l => l.SourceId == source.Id, cancellationToken);
        if (list is null)
        {
            list = new ReadingList
            {
                Slug = await slugs.ReserveAsync(SlugReservations.List, Slug.From(descriptor.Key), cancellationToken),
                Title = descriptor.Title,
                Description = descriptor.Publisher,
                Language = descriptor.Language,
                Source = source,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.ReadingLists.Add(list);
            changes.Add($"new list \"{list.Title}\"");
        }
        else
        {
            if (!list.CuratedFields.Contains(ListFields.Title) && list.Title != descriptor.Title)
            {
                audit.Change(AuditEntities.List, list.Id, ListFields.Title, list.Title, descriptor.Title);
                list.Title = descriptor.Title;
            }

            if (!list.CuratedFields.Contains(ListFields.Description) && list.Description != descriptor.Publisher)
            {
                audit.Change(AuditEntities.List, list.Id, ListFields.Description, list.Description, descriptor.Publisher);
                list.Description = descriptor.Publisher;
            }
        }

        if (list.CuratedFields.Contains(ListFields.Entries))
        {
            changes.Add("list entries kept as a curator arranged them");
            return;
        }

        var wanted = new List<(Paper Paper, string? Section)>();
        var seen = new HashSet<Paper>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < plan.Count; i++)
        {
            if (seen.Add(papers[i]))
            {
                wanted.Add((papers[i], plan[i].Entry.Section));
            }
        }

        var entriesByPaper = new Dictionary<long, ListEntry>();
        foreach (var existing in list.Entries)
        {
            entriesByPaper.TryAdd(existing.PaperId, existing);
        }

        var entriesChanged = false;
        for (var position = 0; position < wanted.Count; position++)
        {
            var (paper, section) = wanted[position];
            if (!entriesByPaper.TryGetValue(paper.Id, out var entry))
            {
                list.Entries.Add(new ListEntry { PaperId = paper.Id, Position = position, Section = section });
                entriesChanged = true;
                continue;
            }

            if (entry.Position != position || entry.Section != section)
            {
                entry.Position = position;
                entry.Section = section;
                entriesChanged = true;
            }
        }

        var wantedIds = wanted.Select(w => w.Paper.Id).ToHashSet();
        foreach (var stale in list.Entries.Where(e => !wantedIds.Contains(e.PaperId)).ToList())
        {
            list.Entries.Remove(stale);
            entriesChanged = true;
        }

        if (entriesChanged && list.Id != 0)
        {
            list.UpdatedAt = now;
            changes.Add($"list \"{list.Title}\" entries updated");
        }
    }
}
