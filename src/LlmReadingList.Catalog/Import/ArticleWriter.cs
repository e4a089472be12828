using LlmReadingList.Catalog.Curation;
using LlmReadingList.Catalog.Data;
using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Bulk;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Manifest;
using LlmReadingList.Catalog.Import.Parsing;
using LlmReadingList.Catalog.Import.Planning;
using LlmReadingList.Catalog.Text;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Import;

/// <summary>
/// Writes one planned article into the catalog inside the caller's transaction. Every write compares first, so
/// importing the same article again changes nothing; fields a curator owns (<c>curated_fields</c>) are never
/// overwritten; rows this article contributed that it no longer contains are removed.
/// </summary>
internal sealed class ArticleWriter
{
    private readonly CatalogDbContext _db;
    private readonly AuditTrail _audit;
    private readonly AuditTrail _curatorAudit;
    private readonly DateTimeOffset _now;
    private readonly CreditLineParser _credits;
    private readonly SlugReservations _slugs;
    private readonly AuthorResolver _authors;
    private readonly ImportChanges _changes = new();

    public ArticleWriter(CatalogDbContext db, SourceDescriptor descriptor, CreditLineParser credits, DateTimeOffset now)
    {
        _db = db;
        _now = now;
        _credits = credits;
        _audit = new AuditTrail(db, $"import ({descriptor.Key})", null, now);
        _curatorAudit = new AuditTrail(db, ArticlePlanner.CuratorMetadataActor, null, now);
        _slugs = new SlugReservations(db);
        _authors = new AuthorResolver(db, _slugs);
    }

    public async Task<ImportChanges> WriteAsync(
        SourceDescriptor descriptor,
        string contentHash,
        IReadOnlyList<PlannedEntry> plan,
        CancellationToken cancellationToken)
    {
        var source = await UpsertSourceAsync(descriptor, contentHash, cancellationToken);
        var matcher = await PaperMatcher.LoadAsync(_db, plan, cancellationToken);
        await _authors.PreloadAsync(plan.SelectMany(p => _credits.Parse(p.Entry.CreditLine)), cancellationToken);
        await _slugs.PreloadAsync(SlugReservations.Paper, plan.Select(p => Slug.ForPaper(p.Title, p.ArxivId, "paper")), cancellationToken);

        var papers = new Paper[plan.Count];
        var created = new List<Paper>();
        var createdSet = new HashSet<Paper>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < plan.Count; i++)
        {
            var entry = plan[i];
            var excluded = entry.ConflictsWithEntry is { } other ? papers[other] : null;
            var paper = matcher.Find(entry, excluded);
            if (paper is null)
            {
                paper = await CreatePaperAsync(entry, cancellationToken);
                created.Add(paper);
                createdSet.Add(paper);
                matcher.Remember(paper, entry);
            }
            else
            {
                if (paper.Summaries.Any(s => s.SourceId != source.Id) || paper.ListEntries.Any(e => e.List?.SourceId != source.Id))
                {
                    _changes.MergedPapers.Add(paper.Id);
                }

                await UpdatePaperAsync(paper, entry, cancellationToken);
            }

            papers[i] = paper;
        }

        // Ids are needed below (audit entries, flags that point at another paper, list entries).
        await BulkSaver.SaveChangesAsync(_db, cancellationToken);
        var announced = new HashSet<Paper>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < plan.Count; i++)
        {
            if (!createdSet.Contains(papers[i]) || !announced.Add(papers[i]))
            {
                continue;
            }

            var paper = papers[i];
            _audit.Record(AuditActions.Create, AuditEntities.Paper, paper.Id, null, null, paper.Title);
            foreach (var field in plan[i].CuratorFields)
            {
                _curatorAudit.Record(AuditActions.Update, AuditEntities.Paper, paper.Id, field, null, field switch
                {
                    PaperFields.Title => paper.Title,
                    PaperFields.ArxivId => paper.ArxivId,
                    _ => AuditTrail.Format(paper.Year),
                });
            }

            _changes.AddNewPaper(paper.Title);
        }

        var conflictPartners = ConflictPartners(plan);
        for (var i = 0; i < plan.Count; i++)
        {
            var paper = papers[i];
            var entry = plan[i];
            var curated = paper.CuratedFields;
            if (!curated.Contains(PaperFields.Titles))
            {
                SyncTitles(paper, entry, source);
            }

            if (!curated.Contains(PaperFields.Links))
            {
                SyncLinks(paper, entry, source);
            }

            if (!curated.Contains(PaperFields.Authors))
            {
                await SyncAuthorsAsync(paper, entry, source, cancellationToken);
            }

            SyncSummary(paper, entry, source);
            var related = entry.ConflictsWithEntry is { } other ? papers[other] : null;
            RaiseFlags(paper, entry, source, related ?? (conflictPartners.TryGetValue(i, out var partner) ? papers[partner] : null));
        }

        await RemoveWhatTheArticleNoLongerSaysAsync(source, papers, cancellationToken);
        await new ReadingListWriter(_db, _slugs, _audit, _changes, _now).SyncAsync(descriptor, source, plan, papers, cancellationToken);
        await BulkSaver.SaveChangesAsync(_db, cancellationToken);
        await FlagSuspectedDuplicatesAsync(created, source, cancellationToken);
        await BulkSaver.SaveChangesAsync(_db, cancellationToken);
        return _changes;
    }

    private async Task<Source> UpsertSourceAsync(SourceDescriptor descriptor, string contentHash, CancellationToken cancellationToken)
    {
        var source = await _db.Sources.SingleOrDefaultAsync(s => s.Key == descriptor.Key, cancellationToken);
        if (source is null)
        {
            source = new Source
            {
                Key = descriptor.Key,
                Title = descriptor.Title,
                Url = descriptor.Url,
                Language = descriptor.Language,
                PublishedOn = descriptor.Published,
                Publisher = descriptor.Publisher,
                Parser = descriptor.Parser,
                FileName = descriptor.File,
                ContentHash = contentHash,
                ImportedAt = _now,
            };
            _db.Sources.Add(source);
            await _db.SaveChangesAsync(cancellationToken);
            _changes.Add("new article");
            return source;
        }

        if (source.ContentHash != contentHash)
        {
            source.ContentHash = contentHash;
            source.ImportedAt = _now;
            _changes.Add("the article's text changed");
        }

        source.Title = descriptor.Title;
        source.Url = descriptor.Url;
        source.Language = descriptor.Language;
        source.PublishedOn = descriptor.Published;
        source.Publisher = descriptor.Publisher;
        source.Parser = descriptor.Parser;
        source.FileName = descriptor.File;
        if (_db.Entry(source).Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Source.ContentHash) && p.Metadata.Name != nameof(Source.ImportedAt)))
        {
            _changes.Add("the article's description in sources.json changed");
        }

        return source;
    }

    private async Task<Paper> CreatePaperAsync(PlannedEntry entry, CancellationToken cancellationToken)
    {
        var paper = new Paper
        {
            Title = entry.Title,
            TitleKey = TitleKey.For(entry.Title),
            Slug = await _slugs.ReserveAsync(SlugReservations.Paper, Slug.ForPaper(entry.Title, entry.ArxivId, "paper"), cancellationToken),
            Year = entry.Year,
            ArxivId = entry.ArxivId,
            CuratedFields = [.. entry.CuratorFields],
            CreatedAt = _now,
            UpdatedAt = _now,
        };
        if (paper.Slug == "paper")
        {
            // A title without Latin letters or digits (a Chinese heading) and no arXiv id: a neutral slug.
            paper.Slug = await _slugs.ReserveAsync(SlugReservations.Paper, $"paper-{entry.Entry.Line}", cancellationToken);
        }

        _db.Papers.Add(paper);
        return paper;
    }

    private async Task UpdatePaperAsync(Paper paper, PlannedEntry entry, CancellationToken cancellationToken)
    {
        var fromCurator = entry.CuratorFields;

        if (fromCurator.Contains(PaperFields.Title) && !paper.CuratedFields.Contains(PaperFields.Title))
        {
            await PaperRetitling.RetitleAsync(_db, paper, entry.Title, _curatorAudit, _now, cancellationToken);
            paper.CuratedFields.Add(PaperFields.Title);
        }
        else if (!paper.CuratedFields.Contains(PaperFields.Title) && !entry.TitleIsProvisional && HasOpenFlag(paper, ReviewFlagKind.ProvisionalTitle))
        {
            await PaperRetitling.RetitleAsync(_db, paper, entry.Title, _audit, _now, cancellationToken);
            ResolveFlags(paper, ReviewFlagKind.ProvisionalTitle, $"title \"{entry.Title}\" from another article");
        }

        if (entry.ArxivId is not null && paper.ArxivId is null && !paper.CuratedFields.Contains(PaperFields.ArxivId))
        {
            _audit.Change(AuditEntities.Paper, paper.Id, PaperFields.ArxivId, paper.ArxivId, entry.ArxivId);
            paper.ArxivId = entry.ArxivId;
            if (fromCurator.Contains(PaperFields.ArxivId))
            {
                paper.CuratedFields.Add(PaperFields.ArxivId);
            }
        }

        if (entry.Year is not null && !paper.CuratedFields.Contains(PaperFields.Year)
            && (paper.Year is null || fromCurator.Contains(PaperFields.Year)) && paper.Year != entry.Year)
        {
            (fromCurator.Contains(PaperFields.Year) ? _curatorAudit : _audit).Change(AuditEntities.Paper, paper.Id, PaperFields.Year, paper.Year, entry.Year);
            paper.Year = entry.Year;
            ResolveFlags(paper, ReviewFlagKind.MissingYear, $"year {entry.Year}");
            if (fromCurator.Contains(PaperFields.Year))
            {
                paper.CuratedFields.Add(PaperFields.Year);
            }
        }

        if (_db.Entry(paper).State == EntityState.Modified)
        {
            paper.UpdatedAt = _now;
            _changes.Add($"paper \"{paper.Title}\" updated");
        }
    }

    private void SyncTitles(Paper paper, PlannedEntry entry, Source source)
    {
        var wanted = entry.AlternativeTitles.ToList();
        if (TitleKey.For(entry.Title) != paper.TitleKey)
        {
            // This article calls the paper something else than its canonical title: keep that name too.
            wanted.Insert(0, new AlternativeTitle(entry.Title, Language.Detect(entry.Title)));
        }

        foreach (var title in wanted)
        {
            var key = TitleKey.For(title.Title);
            if (key == paper.TitleKey || paper.Titles.Any(t => t.TitleKey == key || t.Title == title.Title))
            {
                continue;
            }

            paper.Titles.Add(new PaperTitle { Title = title.Title, TitleKey = key, Language = title.Language, Source = source });
            _changes.Add($"alternative title \"{title.Title}\" for \"{paper.Title}\"");
        }

        _changes.KeepTitles(paper, wanted.Select(t => t.Title));
    }

    private void SyncLinks(Paper paper, PlannedEntry entry, Source source)
    {
        foreach (var link in entry.Links)
        {
            if (paper.Links.Any(l => l.Url == link.Url))
            {
                continue;
            }

            paper.Links.Add(new PaperLink { Url = link.Url, Kind = link.Kind, Source = source });
            _changes.Add($"link {link.Url} on \"{paper.Title}\"");
        }

        _changes.KeepLinks(paper, entry.Links.Select(l => l.Url));
    }

    private async Task SyncAuthorsAsync(Paper paper, PlannedEntry entry, Source source, CancellationToken cancellationToken)
    {
        var credits = _credits.Parse(entry.Entry.CreditLine);
        foreach (var credit in credits)
        {
            var (author, _) = await _authors.ResolveAsync(credit, cancellationToken);
            if (paper.Authors.Any(a => a.Author == author || (author.Id != 0 && a.AuthorId == author.Id)))
            {
                continue;
            }

            _changes.Add($"credit \"{author.Name}\" on \"{paper.Title}\"");
            paper.Authors.Add(new PaperAuthor
            {
                Author = author,
                Position = paper.Authors.Count == 0 ? 0 : paper.Authors.Max(a => a.Position) + 1,
                CreditLine = entry.Entry.CreditLine,
                Source = source,
            });
        }

        _changes.KeepAuthors(paper, paper.Authors.Where(a => a.SourceId == source.Id || a.Source == source).Select(a => a.Author!));
    }

    private void SyncSummary(Paper paper, PlannedEntry entry, Source source)
    {
        var body = entry.Entry.Summary;
        var existing = paper.Summaries.FirstOrDefault(s => s.SourceId == source.Id || s.Source == source);
        if (body is null)
        {
            return;
        }

        var language = entry.Entry.SummaryLanguage ?? Language.Detect(body);
        if (existing is null)
        {
            paper.Summaries.Add(new Summary
            {
                Source = source,
                BodyMarkdown = body,
                Language = language,
                Heading = entry.Entry.Heading,
                CreditLine = entry.Entry.CreditLine,
                CreatedAt = _now,
                UpdatedAt = _now,
            });
            _changes.SummariesChanged++;
            _changes.KeepSummary(paper);
            return;
        }

        _changes.KeepSummary(paper);
        if (existing.BodyMarkdown != body && !existing.CuratedFields.Contains(SummaryFields.Body))
        {
            _audit.Record(AuditActions.Update, AuditEntities.Summary, existing.Id, SummaryFields.Body, existing.BodyMarkdown, body);
            existing.BodyMarkdown = body;
            existing.Language = language;
            existing.UpdatedAt = _now;
            _changes.SummariesChanged++;
            _changes.Add($"summary of \"{paper.Title}\" updated");
        }

        existing.Heading = entry.Entry.Heading;
        existing.CreditLine = entry.Entry.CreditLine;
    }

    private void RaiseFlags(Paper paper, PlannedEntry entry, Source source, Paper? related)
    {
        foreach (var planned in entry.Flags)
        {
            var existing = paper.Flags.FirstOrDefault(f => f.Kind == planned.Kind && (f.SourceId == source.Id || f.Source == source));
            if (existing is not null)
            {
                if (related is not null && existing.RelatedPaperId != related.Id)
                {
                    existing.RelatedPaperId = related.Id;
                }

                continue;
            }

            if (planned.ResolvedBy is null && IsAlreadySettled(paper, planned.Kind))
            {
                continue;
            }

            paper.Flags.Add(new ReviewFlag
            {
                Kind = planned.Kind,
                Reason = planned.Reason,
                Source = source,
                RelatedPaperId = related?.Id,
                CreatedAt = _now,
                ResolvedAt = planned.ResolvedBy is null ? null : _now,
                ResolvedBy = planned.ResolvedBy,
                Resolution = planned.ResolvedBy is null ? null : "settled by curator metadata when imported",
            });
            _changes.FlagsRaised++;
        }
    }

    /// <summary>A missing year or provisional title another article (or a curator) already supplied needs no new flag.</summary>
    private static bool IsAlreadySettled(Paper paper, ReviewFlagKind kind) => kind switch
    {
        ReviewFlagKind.MissingYear => paper.Year is not null,
        ReviewFlagKind.ProvisionalTitle => paper.CuratedFields.Contains(PaperFields.Title)
            || paper.Flags.Any(f => f.Kind == kind && f.ResolvedAt is not null),
        _ => false,
    };

    /// <summary>For an entry that a later entry conflicts with: the first such later entry.</summary>
    private static Dictionary<int, int> ConflictPartners(IReadOnlyList<PlannedEntry> plan)
    {
        var partners = new Dictionary<int, int>();
        for (var j = 0; j < plan.Count; j++)
        {
            if (plan[j].ConflictsWithEntry is { } earlier)
            {
                partners.TryAdd(earlier, j);
            }
        }

        return partners;
    }

    private static bool HasOpenFlag(Paper paper, ReviewFlagKind kind) => paper.Flags.Any(f => f.Kind == kind && f.ResolvedAt is null);

    private void ResolveFlags(Paper paper, ReviewFlagKind kind, string how)
    {
        foreach (var flag in paper.Flags.Where(f => f.Kind == kind && f.ResolvedAt is null))
        {
            flag.ResolvedAt = _now;
            flag.ResolvedBy = _audit.Actor;
            flag.Resolution = $"resolved by import: {how}";
            _changes.Add($"flag \"{SnakeCaseEnum<ReviewFlagKind>.ToText(kind)}\" on \"{paper.Title}\" resolved: {how}");
        }
    }

    private async Task RemoveWhatTheArticleNoLongerSaysAsync(Source source, Paper[] papers, CancellationToken cancellationToken)
    {
        // The candidates come from the source's own rows (indexed by source); excluding the article's papers in memory
        // keeps a large article's ids out of the query.
        var inArticle = papers.Select(p => p.Id).ToHashSet();
        var sourceId = source.Id;
        var candidates = await _db.Summaries.Where(s => s.SourceId == sourceId).Select(s => s.PaperId)
            .Union(_db.PaperTitles.Where(t => t.SourceId == sourceId).Select(t => t.PaperId))
            .Union(_db.PaperLinks.Where(l => l.SourceId == sourceId).Select(l => l.PaperId))
            .Union(_db.PaperAuthors.Where(a => a.SourceId == sourceId).Select(a => a.PaperId))
            .ToListAsync(cancellationToken);
        var staleIds = candidates.Where(id => !inArticle.Contains(id)).ToList();
        var stale = staleIds.Count == 0
            ? []
            : await PaperMatcher.Including(_db.Papers).Where(p => staleIds.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var paper in papers.Distinct().Concat(stale))
        {
            var kept = _changes.TouchedPapers.GetValueOrDefault(paper);
            if (!paper.CuratedFields.Contains(PaperFields.Authors))
            {
                foreach (var credit in paper.Authors.Where(a => a.SourceId == source.Id && kept?.Authors.Contains(a.AuthorId) != true).ToList())
                {
                    paper.Authors.Remove(credit);
                    _changes.Add($"a credit removed from \"{paper.Title}\"");
                }
            }

            if (!paper.CuratedFields.Contains(PaperFields.Titles))
            {
                foreach (var title in paper.Titles.Where(t => t.SourceId == source.Id && kept?.Titles.Contains(t.Title) != true).ToList())
                {
                    paper.Titles.Remove(title);
                    _changes.Add($"alternative title \"{title.Title}\" removed from \"{paper.Title}\"");
                }
            }

            if (!paper.CuratedFields.Contains(PaperFields.Links))
            {
                foreach (var link in paper.Links.Where(l => l.SourceId == source.Id && kept?.Links.Contains(l.Url) != true).ToList())
                {
                    paper.Links.Remove(link);
                    _changes.Add($"link {link.Url} removed from \"{paper.Title}\"");
                }
            }

            if (kept?.HasSummary != true)
            {
                foreach (var summary in paper.Summaries.Where(s => s.SourceId == source.Id && !s.CuratedFields.Contains(SummaryFields.Body)).ToList())
                {
                    _audit.Record(AuditActions.Delete, AuditEntities.Summary, summary.Id, SummaryFields.Body, summary.BodyMarkdown, null);
                    paper.Summaries.Remove(summary);
                    _changes.SummariesChanged++;
                    _changes.Add($"summary of \"{paper.Title}\" removed");
                }
            }
        }
    }

    private async Task FlagSuspectedDuplicatesAsync(List<Paper> created, Source source, CancellationToken cancellationToken)
    {
        var candidates = created.Where(p => p.ArxivId is null).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var ids = candidates.Select(p => p.Id).ToArray();
        var titles = candidates.Select(p => p.Title).ToArray();
        // With the threshold at 0.6, "title % other" is the similarity test and the trigram index ix_paper_title
        // serves it; the explicit comparison keeps the meaning should the setting not apply. The closest of the first
        // 50 similar titles is named: an article of thousands of near-identical titles otherwise ranked thousands of
        // similar papers per new paper (5,000 such titles took minutes), and any similar paper justifies the flag.
        await _db.Database.ExecuteSqlRawAsync("SELECT set_config('pg_trgm.similarity_threshold', '0.6', true)", cancellationToken);
        var similar = await _db.Database
            .SqlQuery<SimilarTitle>($"""
                SELECT c.id AS "PaperId", m.id AS "SimilarId"
                FROM unnest({ids}, {titles}) AS c(id, title)
                CROSS JOIN LATERAL (
                    SELECT s.id FROM (
                        SELECT p.id, p.title FROM paper p
                        WHERE p.id <> c.id AND p.merged_into_id IS NULL AND p.title % c.title AND similarity(p.title, c.title) >= 0.6
                        LIMIT 50) s
                    ORDER BY similarity(s.title, c.title) DESC, s.id LIMIT 1) m
                """)
            .ToDictionaryAsync(s => s.PaperId, s => s.SimilarId, cancellationToken);
        foreach (var paper in candidates)
        {
            if (!similar.TryGetValue(paper.Id, out var related))
            {
                continue;
            }

            paper.Flags.Add(new ReviewFlag
            {
                Kind = ReviewFlagKind.SuspectedDuplicate,
                Reason = "Another paper has a very similar title; merge them if they are the same paper.",
                Source = source,
                RelatedPaperId = related,
                CreatedAt = _now,
            });
            _changes.FlagsRaised++;
        }
    }

    private sealed class SimilarTitle
    {
        public long PaperId { get; init; }

        public long SimilarId { get; init; }
    }
}
