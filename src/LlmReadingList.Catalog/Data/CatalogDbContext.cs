using LlmReadingList.Catalog.Data.Model;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : IdentityDbContext<CatalogUser>(options)
{
    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperTitle> PaperTitles => Set<PaperTitle>();

    public DbSet<PaperLink> PaperLinks => Set<PaperLink>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<AuthorAlias> AuthorAliases => Set<AuthorAlias>();

    public DbSet<PaperAuthor> PaperAuthors => Set<PaperAuthor>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Summary> Summaries => Set<Summary>();

    public DbSet<ReadingList> ReadingLists => Set<ReadingList>();

    public DbSet<ListEntry> ListEntries => Set<ListEntry>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<PaperTag> PaperTags => Set<PaperTag>();

    public DbSet<ReviewFlag> ReviewFlags => Set<ReviewFlag>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<PaperSearchDocument> PaperSearch => Set<PaperSearchDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        ModelNaming.ApplySnakeCase(builder);
    }
}
