using LlmReadingList.Catalog.Curation;
using LlmReadingList.Web.Pages.Curate.Authors;
using LlmReadingList.Web.Pages.Curate.Lists;
using LlmReadingList.Web.Pages.Curate.Papers;
using LlmReadingList.Web.Pages.Curate.Tags;

namespace LlmReadingList.Web.Pages.Curate;

internal static class CurationServices
{
    public static IServiceCollection AddCuration(this IServiceCollection services)
    {
        services.AddSingleton<PaperEditor>();
        services.AddSingleton<PaperMerger>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<SummaryEditor>();
        services.AddScoped<Summaries.EditSummary>();
        services.AddSingleton<ListEditor>();
        services.AddSingleton<TagEditor>();
        services.AddSingleton<AuthorEditor>();
        services.AddSingleton<AuthorMerger>();
        services.AddSingleton<HistoryRestorer>();
        services.AddScoped<EditPaper>();
        services.AddScoped<EditList>();
        services.AddScoped<EditAuthor>();
        services.AddScoped<TagActions>();
        services.AddScoped<Review.ReviewActions>();
        return services;
    }
}
