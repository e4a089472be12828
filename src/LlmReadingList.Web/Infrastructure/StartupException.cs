namespace LlmReadingList.Web.Infrastructure;

/// <summary>A startup failure with a message meant for the operator: one line that says what to set.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    public StartupException(string message, int exitCode, Exception innerException)
        : base(message, innerException) => ExitCode = exitCode;

    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.StartupFailed;
}
