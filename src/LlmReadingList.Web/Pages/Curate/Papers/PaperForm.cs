using System.ComponentModel.DataAnnotations;
using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Curation;

namespace LlmReadingList.Web.Pages.Curate.Papers;

/// <summary>The paper edit form: bound from and to the page, never an entity. Blank rows are slots for additions.</summary>
public sealed class PaperForm
{
    public const int BlankRows = 2;

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(500, ErrorMessage = "A title can have at most 500 characters.")]
    public string Title { get; set; } = string.Empty;

    [Range(1950, 2100, ErrorMessage = "The year must be between 1950 and next year.")]
    public int? Year { get; set; }

    [Display(Name = "arXiv id")]
    public string? ArxivId { get; set; }

    public List<TitleRow> AlternativeTitles { get; set; } = [];

    public List<LinkRow> Links { get; set; } = [];

    public List<AuthorRow> Authors { get; set; } = [];

    [Display(Name = "Tags (comma-separated)")]
    public string? Tags { get; set; }

    /// <summary>The version (xmin) the curator loaded; the save is refused if the paper changed since.</summary>
    public uint Version { get; set; }

    public static PaperForm From(PaperEdit edit, uint version)
    {
        var form = new PaperForm
        {
            Title = edit.Title,
            Year = edit.Year,
            ArxivId = edit.ArxivId,
            AlternativeTitles = [.. edit.AlternativeTitles.Select(t => new TitleRow { Title = t.Title, Language = t.Language })],
            Links = [.. edit.Links.Select(l => new LinkRow { Url = l.Url, Kind = l.Kind })],
            Authors = [.. edit.Authors.Select(a => new AuthorRow { Name = a.Name, Kind = a.Kind })],
            Tags = string.Join(", ", edit.Tags),
            Version = version,
        };
        return form.WithBlankRows();
    }

    public PaperForm WithBlankRows()
    {
        AlternativeTitles = [.. AlternativeTitles.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new TitleRow())];
        Links = [.. Links.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new LinkRow())];
        Authors = [.. Authors.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new AuthorRow())];
        return this;
    }

    public PaperEdit ToEdit() => new()
    {
        Title = Title,
        Year = Year,
        ArxivId = ArxivId,
        AlternativeTitles = [.. AlternativeTitles.Where(r => !r.IsBlank).Select(r => new AlternativeTitleEdit(r.Title!, r.Language))],
        Links = [.. Links.Where(r => !r.IsBlank).Select(r => new LinkEdit(r.Url!, r.Kind))],
        Authors = [.. Authors.Where(r => !r.IsBlank).Select(r => new AuthorEdit(r.Name!, r.Kind))],
        Tags = [.. (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
    };

    public sealed class TitleRow
    {
        public string? Title { get; set; }

        public string Language { get; set; } = "en";

        public bool IsBlank => string.IsNullOrWhiteSpace(Title);
    }

    public sealed class LinkRow
    {
        public string? Url { get; set; }

        public LinkKind Kind { get; set; } = LinkKind.Abstract;

        public bool IsBlank => string.IsNullOrWhiteSpace(Url);
    }

    public sealed class AuthorRow
    {
        public string? Name { get; set; }

        public AuthorKind Kind { get; set; } = AuthorKind.Person;

        public bool IsBlank => string.IsNullOrWhiteSpace(Name);
    }
}
