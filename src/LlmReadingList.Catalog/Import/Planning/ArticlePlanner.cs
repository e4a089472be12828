using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Catalog.Import.Manifest;
using LlmReadingList.Catalog.Import.Parsing;
using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Catalog.Import.Planning;

/// <summary>
/// Decides, without a database, what each entry of a parsed article means for the catalog: its title (curator
/// metadata first, then the article's title, else a provisional one), arXiv id and year (curator metadata, then the
/// arXiv id's YYMM, then a year the article states; never invented), alternative titles, and the flags a curator
/// should see. Two entries of one article that claim the same arXiv id are a conflict: the first keeps the id.
/// </summary>
public static class ArticlePlanner
{
    public const string CuratorMetadataActor = "curator metadata (seed/sources.json)";

    public static IReadOnlyList<PlannedEntry> Plan(
        ParsedArticle article,
        string sourceKey,
        IReadOnlyList<PaperMetadata> metadata)
    {
        var planned = new List<PlannedEntry>(article.Entries.Count);
        var arxivClaims = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in article.Entries)
        {
            var curated = metadata.FirstOrDefault(m =>
                m.Source == sourceKey && string.Equals(m.Heading.Trim(), entry.Heading.Trim(), StringComparison.Ordinal));
            var plan = PlanEntry(entry, article.StatedYear, curated);

            if (plan.ArxivId is { } arxivId && arxivClaims.TryGetValue(arxivId, out var firstIndex))
            {
                var first = planned[firstIndex];
                var reason =
                    $"Entries \"{first.Entry.Heading}\" (line {first.Entry.Line}) and \"{entry.Heading}\" (line {entry.Line}) " +
                    $"of this article both link arXiv {arxivId}; they are different papers, so one link is wrong. " +
                    $"The id was kept on the first entry; check both.";
                planned[firstIndex] = first with { Flags = [.. first.Flags, new PlannedFlag(ReviewFlagKind.ConflictingArxivId, reason)] };
                plan = plan with
                {
                    ArxivId = null,
                    Year = curated?.Year ?? entry.StatedYear ?? article.StatedYear,
                    Links = plan.Links.Where(l => !ArxivId.TryParse(l.Url, out var id) || id != arxivId).ToList(),
                    ConflictsWithEntry = firstIndex,
                    Flags = [.. plan.Flags.Where(f => f.Kind != ReviewFlagKind.MissingYear), new PlannedFlag(ReviewFlagKind.ConflictingArxivId, reason)],
                };
                if (plan.Year is null)
                {
                    plan = plan with { Flags = [.. plan.Flags, MissingYearFlag()] };
                }
            }
            else if (plan.ArxivId is { } claimed)
            {
                arxivClaims[claimed] = planned.Count;
            }

            planned.Add(plan);
        }

        return planned;
    }

    private static PlannedEntry PlanEntry(ParsedEntry entry, int? articleYear, PaperMetadata? curated)
    {
        var curatorFields = new List<string>();
        var flags = new List<PlannedFlag>();

        var articleTitle = entry.TitleIsProvisional ? null : entry.Title;
        // Something that is not a paper (a blog post) is named by its heading; it is flagged as not a paper instead.
        var provisional = articleTitle is null && entry.IsPaper;
        string title;
        if (curated?.Title is { Length: > 0 } curatedTitle)
        {
            title = curatedTitle.Trim();
            curatorFields.Add(PaperFields.Title);
            if (provisional)
            {
                flags.Add(ProvisionalTitleFlag(entry) with { ResolvedBy = CuratorMetadataActor });
            }

            provisional = false;
        }
        else
        {
            title = articleTitle ?? entry.Heading.Trim();
            if (provisional)
            {
                flags.Add(ProvisionalTitleFlag(entry));
            }
        }

        var arxivId = entry.ArxivId;
        if (curated?.ArxivId is { } curatedArxiv && Text.ArxivId.TryParse(curatedArxiv, out var normalisedCuratedArxiv))
        {
            arxivId = normalisedCuratedArxiv;
            curatorFields.Add(PaperFields.ArxivId);
        }

        int? year;
        var uncuratedYear = arxivId is not null && curated?.ArxivId is null
            ? Text.ArxivId.YearOf(arxivId)
            : entry.StatedYear ?? articleYear;
        if (curated?.Year is { } curatedYear)
        {
            year = curatedYear;
            curatorFields.Add(PaperFields.Year);
            if (uncuratedYear is null && arxivId is null)
            {
                flags.Add(MissingYearFlag() with { ResolvedBy = CuratorMetadataActor });
            }
        }
        else
        {
            year = arxivId is not null ? Text.ArxivId.YearOf(arxivId) : entry.StatedYear ?? articleYear;
            if (year is null && entry.IsPaper)
            {
                flags.Add(MissingYearFlag());
            }
        }

        var links = entry.Links.ToList();
        if (curated?.ArxivId is not null && arxivId is not null && !links.Any(l => Text.ArxivId.TryParse(l.Url, out var id) && id == arxivId))
        {
            links.Insert(0, new ParsedLink(Text.ArxivId.AbstractUrl(arxivId), LinkKind.Abstract));
        }

        if (!entry.IsPaper)
        {
            var where = links.Count > 0 ? links[0].Url : "no link";
            flags.Add(new PlannedFlag(ReviewFlagKind.NotAPaper, $"The article lists this entry among papers, but it links a {Describe(links)} ({where}), not a paper."));
        }
        else if (arxivId is null && links.Count > 0 && links.All(l => l.Kind is LinkKind.Blog or LinkKind.Code or LinkKind.Project))
        {
            flags.Add(new PlannedFlag(ReviewFlagKind.NotAPaper, $"The entry links only a {Describe(links)} ({links[0].Url}); record the paper's own link."));
        }

        var alternatives = new List<AlternativeTitle>();
        AddAlternative(alternatives, title, entry.Heading, entry.HeadingLanguage);
        if (articleTitle is not null)
        {
            AddAlternative(alternatives, title, articleTitle, Language.Detect(articleTitle));
        }

        return new PlannedEntry
        {
            Entry = entry,
            Title = title,
            TitleIsProvisional = provisional,
            ArxivId = arxivId,
            Year = year,
            AlternativeTitles = alternatives,
            Links = links,
            CuratorFields = curatorFields,
            Flags = flags,
        };
    }

    private static void AddAlternative(List<AlternativeTitle> alternatives, string canonical, string candidate, string language)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length == 0 || TitleKey.For(trimmed) == TitleKey.For(canonical)
            || alternatives.Any(a => TitleKey.For(a.Title) == TitleKey.For(trimmed)))
        {
            return;
        }

        alternatives.Add(new AlternativeTitle(trimmed, language));
    }

    private static PlannedFlag ProvisionalTitleFlag(ParsedEntry entry) => new(
        ReviewFlagKind.ProvisionalTitle,
        $"The article gives no title for this paper; \"{entry.Heading}\" was taken from the text (line {entry.Line}). Record the real title.");

    private static PlannedFlag MissingYearFlag() => new(
        ReviewFlagKind.MissingYear,
        "No arXiv id and the article states no year; the year is left empty rather than guessed.");

    private static string Describe(IReadOnlyList<ParsedLink> links) =>
        (links.Count > 0 ? links[0].Kind : LinkKind.Other) switch
        {
            LinkKind.Blog => "blog post",
            LinkKind.Code => "code repository",
            LinkKind.Project => "project page",
            _ => "web page",
        };
}
