namespace LlmReadingList.Web.Infrastructure;

internal static class StartupFailure
{
    /// <summary>The operator-facing startup error inside whatever the host wrapped it in, if there is one.</summary>
    public static StartupException? Find(Exception exception) => exception switch
    {
        StartupException startup => startup,
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } inUse => new StartupException(
            $"{inUse.Message} Stop whatever listens there, or set Urls (e.g. --urls http://localhost:5081).",
            ExitCodes.StartupFailed,
            inUse),
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ when exception.InnerException is not null => Find(exception.InnerException),
        _ => null,
    };

    /// <summary>One line on standard error: the log may not flush before the process exits.</summary>
    public static int Report(StartupException exception)
    {
        Console.Error.WriteLine($"error: {exception.Message}");
        return exception.ExitCode;
    }
}
