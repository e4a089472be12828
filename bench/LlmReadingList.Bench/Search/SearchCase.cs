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

    public SearchRequest Request()
    {
        var (request, errors) = SearchRequest.Create(Parameters);
        return request ?? throw new InvalidOperationException($"{Type}: {string.Join("; ", errors.Select(e => e.Message))}");
    }
}
