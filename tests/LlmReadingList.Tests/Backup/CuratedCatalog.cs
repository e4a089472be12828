using LlmReadingList.Catalog.Data.Audit;
using LlmReadingList.Catalog.Data.Model;
using LlmReadingList.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Tests.Backup;

/// <summary>The imported seed plus what curators do to it: edits with provenance, a resolved flag, merges, redirects, a hand-made list.</summary>
internal static class CuratedCatalog
{
    public const string PasswordHash = "AQAAAAIAAYagAAAAE-never-in-a-backup";
    public static readonly DateTimeOffset EditedAt = new DateTimeOffset(2026, 11, 22, 8, 30, 15, TimeSpan.Zero).AddTicks(1234560);

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await database.ImportSeedAsync();
        await using var db = database.CreateDbContext();
        db.Users.Add(new CatalogUser { Id = "user-1", UserName = "curator", Email = "curator@example.org", PasswordHash = PasswordHash, SecurityStamp = "stamp-never-in-a-backup" });
        var audit = new AuditTrail(db, "curator", "user-1", EditedAt);

        var roberta = await db.Papers.Include(p => p.Summaries).SingleAsync(p => p.ArxivId == "1907.11692");
        audit.Change(AuditEntities.Paper, roberta.Id, "title", roberta.Title, "RoBERTa, as a curator titled it");
        roberta.Title = "RoBERTa, as a curator titled it";
        roberta.Year = 2020;
        roberta.CuratedFields.AddRange(["title", "year"]);
        roberta.UpdatedAt = EditedAt;
        var summary = roberta.Summaries.Single();
        // longer than the restore's read window, in three-byte characters
        summary.BodyMarkdown = "A curator's summary. " + string.Concat(Enumerable.Repeat("注意力机制 attention ", 6000));
        summary.CuratedFields.Add("body");
        summary.UpdatedAt = EditedAt;

        var flag = await db.ReviewFlags.OrderBy(f => f.Id).FirstAsync(f => f.ResolvedAt == null);
        (flag.ResolvedAt, flag.ResolvedBy, flag.Resolution) = (EditedAt, "curator", "Checked against the PDF.");
        audit.Record(AuditActions.Resolve, AuditEntities.ReviewFlag, flag.Id);

        // merged forwards (into a paper with a higher id) and backwards: restore must link both after inserting all rows
        var papers = await db.Papers.OrderBy(p => p.Id).Take(4).ToListAsync();
        papers[0].MergedIntoId = papers[3].Id;
        papers[2].MergedIntoId = papers[1].Id;
        var authors = await db.Authors.OrderBy(a => a.Id).Take(2).ToListAsync();
        authors[0].MergedIntoId = authors[1].Id;
        audit.Record(AuditActions.Merge, AuditEntities.Paper, papers[0].Id, "merged_into", null, papers[3].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        db.SlugRedirects.AddRange(
            new SlugRedirect { EntityType = "paper", OldSlug = papers[0].Slug + "-old", TargetId = papers[3].Id, CreatedAt = EditedAt },
            new SlugRedirect { EntityType = "list", OldSlug = "llm-papers-forty", TargetId = (await db.ReadingLists.SingleAsync(l => l.Slug == "llm-papers-40")).Id });
        var list = new ReadingList { Slug = "curators-picks", Title = "Curators' picks", Description = "Made by hand", CuratedFields = ["entries"] };
        list.Entries.Add(new ListEntry { PaperId = papers[1].Id, Position = 0, Section = "Start here", Note = "The classic." });
        list.Entries.Add(new ListEntry { PaperId = papers[3].Id, Position = 1 });
        db.ReadingLists.Add(list);
        (await db.Tags.FirstAsync()).Description = "Described by a curator.";
        await db.SaveChangesAsync();
        return database;
    }
}
