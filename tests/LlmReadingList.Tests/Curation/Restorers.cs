using LlmReadingList.Catalog.Curation;
using LlmReadingList.Tests.Infrastructure;

namespace LlmReadingList.Tests.Curation;

/// <summary>A history restorer over a test database, wired as the app wires it.</summary>
internal static class Restorers
{
    public static HistoryRestorer For(TestDatabase database)
    {
        var factory = database.ContextFactory;
        var clock = TimeProvider.System;
        return new HistoryRestorer(
            factory,
            new PaperEditor(factory, clock),
            new PaperMerger(factory, clock),
            new SummaryEditor(factory, clock),
            new ListEditor(factory, clock),
            new TagEditor(factory, clock),
            new AuthorEditor(factory, clock),
            new AuthorMerger(factory, clock));
    }
}
