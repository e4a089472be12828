using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Bench.Search;

/// <summary>One query type of the benchmark, as the search page would receive it.</summary>
internal sealed record SearchCase(string Type, string Url, SearchParameters Parameters)
{
    public static readonly IReadOnlyList<SearchCase> All =
    [
        new("title", "?q=Attention Is All You Need", new(Q: "Attention Is All You Need")),
        new("title prefix", "?q=chinchil", new(Q: "chinchil")),
        new("typo", "?q=retreival augmented generation", new(Q: "retreival augmented generation")),
        new("year filter", "?year=2023", new(Year: "2023")),
        new("year + words", "?q=reward model&from=2020&to=2022", new(Q: "reward model", From: "2020", To: "2022")),
        new("full text", "?q=hallucination detection single GPU", new(Q: "hallucination detection single GPU")),
        new("phrase", "?q=\"chain of thought\"", new(Q: "\"chain of thought\"")),
        new("exclusion", "?q=quantization -vision", new(Q: "quantization -vision")),
        new("Chinese", "?q=注意力机制", new(Q: "注意力机制")),
        new("Chinese + English", "?q=思维链 reasoning", new(Q: "思维链 reasoning")),
    ];

    /// <summary>
    /// Other searches the page takes (browsing, filters, other sorts, later pages), with no latency target: measured the
    /// same way, to show what they cost at this scale. The slugs are the generated catalog's (its seed is fixed):
    /// authors of 193 papers and of one, an organisation credited on 17,526, a tag on 1,281 papers, a list of 2,000.
    /// </summary>
    public static readonly IReadOnlyList<SearchCase> Other =
    [
        new("browse", "(no parameters)", new()),
        new("browse by title", "?sort=title", new(Sort: "title")),
        new("browse oldest", "?sort=oldest", new(Sort: "oldest")),
        new("author (193)", "?author=lei-e-huang-21", new(Author: "lei-e-huang-21")),
        new("author (1)", "?author=aidan-a-bernard-165572", new(Author: "aidan-a-bernard-165572")),
        new("organisation", "?author=eleutherai-14", new(Author: "eleutherai-14")),
        new("tag (1,281)", "?tag=speech", new(Tag: "speech")),
        new("list", "?list=synthetic-list-11", new(List: "synthetic-list-11")),
        new("language", "?lang=zh", new(Lang: "zh")),
        new("words by title", "?q=attention&sort=title", new(Q: "attention", Sort: "title")),
        new("words oldest", "?q=lora&sort=oldest", new(Q: "lora", Sort: "oldest")),
        new("words + author", "?q=reasoning&author=lei-e-huang-21", new(Q: "reasoning", Author: "lei-e-huang-21")),
        new("words from a year", "?q=quantization&from=2024", new(Q: "quantization", From: "2024")),
        new("page 10", "?q=attention&page=10", new(Q: "attention", Page: "10")),
        new("words + rare tag", "?q=transformer&tag=speech", new(Q: "transformer", Tag: "speech")),
        new("old year, oldest", "?year=2010&sort=oldest", new(Year: "2010", Sort: "oldest")),
        new("Chinese, zh, to 2020", "?q=注意力&lang=zh&to=2020", new(Q: "注意力", Lang: "zh", To: "2020")),
        new("nothing found", "?q=zzzqqq xxyyzz", new(Q: "zzzqqq xxyyzz")),
    ];

    public SearchRequest Request()
    {
        var (request, errors) = SearchRequest.Create(Parameters);
        return request ?? throw new InvalidOperationException($"{Type}: {string.Join("; ", errors.Select(e => e.Message))}");
    }
}
