using System.ComponentModel.DataAnnotations;
using LlmReadingList.Catalog;
using LlmReadingList.Catalog.Curation;

namespace LlmReadingList.Web.Pages.Curate.Authors;

/// <summary>The author edit form: bound from and to the page, never an entity.</summary>
public sealed class AuthorForm
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(300, ErrorMessage = "A name can have at most 300 characters.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Person or organisation")]
    public AuthorKind Kind { get; set; }

    /// <summary>The version (xmin) the curator loaded; the save is refused if the author changed since.</summary>
    public uint Version { get; set; }

    public static AuthorForm From(AuthorEdit edit, uint version) => new() { Name = edit.Name, Kind = edit.Kind, Version = version };

    public AuthorEdit ToEdit() => new(Name, Kind);
}
