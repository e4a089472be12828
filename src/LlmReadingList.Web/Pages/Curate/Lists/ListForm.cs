using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LlmReadingList.Catalog.Curation;

namespace LlmReadingList.Web.Pages.Curate.Lists;

/// <summary>
/// The list edit form: bound from and to the page, never an entity. Entries are reordered by their position numbers
/// and by the move buttons, which post the whole form so nothing typed is lost.
/// </summary>
public sealed class ListForm
{
    public const string Up = "up";
    public const string Down = "down";
    public const string Remove = "remove";

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(500, ErrorMessage = "A title can have at most 500 characters.")]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "A description can have at most 2000 characters.")]
    public string? Description { get; set; }

    public List<EntryRow> Entries { get; set; } = [];

    public AdditionRow Add { get; set; } = new();

    /// <summary>The button pressed: "up:{paperId}", "down:{paperId}", "remove:{paperId}", or nothing for save.</summary>
    public string? Command { get; set; }

    /// <summary>The version (xmin) the curator loaded; the save is refused if the list changed since.</summary>
    public uint Version { get; set; }

    public static ListForm From(ListEdit edit, uint version) => new()
    {
        Title = edit.Title,
        Description = edit.Description,
        Entries = [.. edit.Entries.Select((e, i) => new EntryRow { PaperId = e.PaperId, Position = i + 1, Section = e.Section, Note = e.Note })],
        Add = edit.Add is { } add ? new AdditionRow { Paper = add.Paper, Section = add.Section, Note = add.Note } : new AdditionRow(),
        Version = version,
    };

    /// <summary>The list as the curator wants it: rows by position number (a row given a new number goes before those
    /// keeping it), then the button's move or removal, then the paper to add.</summary>
    public ListEdit ToEdit()
    {
        var ordered = Entries
            .Select((row, index) => (Row: row, Index: index, Wanted: row.Position ?? index + 1))
            .OrderBy(r => r.Wanted)
            .ThenBy(r => r.Wanted.CompareTo(r.Index + 1))
            .ThenBy(r => r.Index)
            .Select(r => r.Row)
            .ToList();
        ApplyCommand(ordered);
        return new ListEdit
        {
            Title = Title,
            Description = Description,
            Entries = [.. ordered.Select(r => new ListEntryEdit(r.PaperId, r.Section, r.Note))],
            Add = string.IsNullOrWhiteSpace(Add.Paper) ? null : new ListAddition(Add.Paper, Add.Section, Add.Note),
        };
    }

    /// <summary>Where the page should scroll after the save: the entry a button moved.</summary>
    public string? Anchor => ParseCommand() is (Up or Down, var paperId) ? string.Create(CultureInfo.InvariantCulture, $"entry-{paperId}") : null;

    private void ApplyCommand(List<EntryRow> rows)
    {
        if (ParseCommand() is not (var verb, var paperId))
        {
            return;
        }

        var at = rows.FindIndex(r => r.PaperId == paperId);
        if (at < 0)
        {
            return;
        }

        var row = rows[at];
        switch (verb)
        {
            case Remove:
                rows.RemoveAt(at);
                break;
            case Up when at > 0:
                (rows[at - 1], rows[at]) = (row, rows[at - 1]);
                break;
            case Down when at < rows.Count - 1:
                (rows[at + 1], rows[at]) = (row, rows[at + 1]);
                break;
        }
    }

    private (string Verb, long PaperId)? ParseCommand() =>
        Command?.Split(':') is [var verb, var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var paperId)
            ? (verb, paperId)
            : null;

    public sealed class EntryRow
    {
        public long PaperId { get; set; }

        [Range(1, 100_000, ErrorMessage = "Enter a position from 1.")]
        public int? Position { get; set; }

        [StringLength(500, ErrorMessage = "A section heading can have at most 500 characters.")]
        [RegularExpression(@"^[^|]*$", ErrorMessage = "A section heading cannot contain “|”.")]
        public string? Section { get; set; }

        [StringLength(2000, ErrorMessage = "A note can have at most 2000 characters.")]
        public string? Note { get; set; }
    }

    public sealed class AdditionRow
    {
        [Display(Name = "Paper: its slug, arXiv id or exact title")]
        public string? Paper { get; set; }

        [StringLength(500, ErrorMessage = "A section heading can have at most 500 characters.")]
        [RegularExpression(@"^[^|]*$", ErrorMessage = "A section heading cannot contain “|”.")]
        public string? Section { get; set; }

        [StringLength(2000, ErrorMessage = "A note can have at most 2000 characters.")]
        public string? Note { get; set; }
    }
}
