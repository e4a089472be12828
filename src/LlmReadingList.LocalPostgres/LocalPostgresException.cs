namespace LlmReadingList.LocalPostgres;

public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException(string message)
        : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LocalPostgresException()
    {
    }
}
