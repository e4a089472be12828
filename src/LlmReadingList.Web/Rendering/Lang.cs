using LlmReadingList.Catalog.Text;

namespace LlmReadingList.Web.Rendering;

/// <summary>
/// The value of a <c>lang</c> attribute for text inside an English page: "zh" for Chinese text (so screen readers
/// and fonts behave), null (no attribute) for English.
/// </summary>
public static class Lang
{
    public static string? Of(string? declared, string? text = null)
    {
        var language = string.IsNullOrWhiteSpace(declared) ? Language.Detect(text) : declared.Trim().ToLowerInvariant();
        return language == Language.English ? null : language;
    }

    public static string? Detect(string? text) => Of(null, text);

    /// <summary>A language's name for a badge, in that language.</summary>
    public static string BadgeText(string language) => language switch
    {
        Language.English => "EN",
        Language.Chinese => "中文",
        _ => language.ToUpperInvariant(),
    };

    public static string Name(string language) => language switch
    {
        Language.English => "English",
        Language.Chinese => "Chinese",
        _ => language,
    };
}
