using LlmReadingList.Catalog;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Tests.Exports;

/// <summary>Hand-made citation records for the format tests.</summary>
internal static class CitationRecords
{
    public static CitationRecord Attention { get; } = new(
        1, "attention-is-all-you-need-1706-03762", "Attention Is All You Need", ["注意力就是你所需要的"], 2017, "1706.03762",
        [new("Ashish Vaswani", AuthorKind.Person), new("Noam Shazeer", AuthorKind.Person), new("Google DeepMind", AuthorKind.Organization)],
        [new(LinkKind.Abstract, "https://arxiv.org/abs/1706.03762")],
        "https://papers.example.org/papers/attention-is-all-you-need-1706-03762",
        ["Transformer architecture"], ["LLM papers"]);

    public static CitationRecord Tricky { get; } = new(
        2, "tricky", @"Braces {and} back\slash: 100% R&D $5 #1 snake_case ~tilde ^caret", [], 2024, null,
        [new("José Ñúñez", AuthorKind.Person), new("Ludwig van Beethoven", AuthorKind.Person), new("Smith, Jones and Partners", AuthorKind.Person)],
        [new(LinkKind.Pdf, "https://example.org/paper%201.pdf"), new(LinkKind.Code, "https://example.org/code")],
        "https://papers.example.org/papers/tricky",
        ["R&D", "Parsing"], ["List one", "List two"]);

    public static CitationRecord BlogOnly { get; } = new(
        3, "blog-only", "注意力机制综述", [], null, null,
        [new("智谱AI", AuthorKind.Organization)],
        [new(LinkKind.Blog, "https://example.org/blog/attention")],
        "https://papers.example.org/papers/blog-only",
        [], []);

    public static CitationRecord Anonymous { get; } = new(
        4, "untitled", "The Art of Prompting", [], 2023, null, [], [], "https://papers.example.org/papers/untitled", [], []);
}
