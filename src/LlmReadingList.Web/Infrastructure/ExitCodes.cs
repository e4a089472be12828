namespace LlmReadingList.Web.Infrastructure;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadConfiguration = 2;
    public const int DatabaseUnreachable = 3;
    public const int StartupFailed = 4;
}
