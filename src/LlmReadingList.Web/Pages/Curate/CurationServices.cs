using LlmReadingList.Catalog.Curation;
using LlmReadingList.Web.Pages.Curate.Papers;

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
        services.AddSingleton<HistoryRestorer>();
        services.AddScoped<EditPaper>();
        services.AddScoped<Review.ReviewActions>();
        return services;
    }
}
