using System.ComponentModel.DataAnnotations;

namespace LlmReadingList.Web.Pages.Curate.Lists;

/// <summary>The new-list form.</summary>
public sealed class NewListForm
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(500, ErrorMessage = "A title can have at most 500 characters.")]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Slug: the list's address, /lists/slug (leave empty to make it from the title)")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "A description can have at most 2000 characters.")]
    public string? Description { get; set; }
}
