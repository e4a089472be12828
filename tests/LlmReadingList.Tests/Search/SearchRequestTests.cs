using LlmReadingList.Catalog.Search;

namespace LlmReadingList.Tests.Search;

public sealed class SearchRequestTests
{
    private static SearchRequest Valid(SearchParameters parameters)
    {
        var (request, errors) = SearchRequest.Create(parameters);
        Assert.Empty(errors);
        return request!;
    }

    private static SearchParameterError Invalid(SearchParameters parameters)
    {
        var (request, errors) = SearchRequest.Create(parameters);
        Assert.Null(request);
        return Assert.Single(errors);
    }

    [Fact]
    public void Nothing_given_is_the_first_page_of_newest_papers()
    {
        var request = Valid(new SearchParameters());

        Assert.Equal(1, request.Page);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.False(request.HasFilters);
    }

    [Fact]
    public void A_query_defaults_to_relevance() => Assert.Equal(SearchSort.Relevance, Valid(new(Q: "lora")).Sort);

    [Theory]
    [InlineData("year", "abc")]
    [InlineData("year", "99999")]
    [InlineData("year", "-1")]
    [InlineData("year", "2021.5")]
    [InlineData("year", "1949")]
    [InlineData("from", "x")]
    [InlineData("to", "1e3")]
    [InlineData("page", "0")]
    [InlineData("page", "-3")]
    [InlineData("page", "abc")]
    [InlineData("page", "99999999999")]
    [InlineData("page", "51")]
    [InlineData("sort", "best")]
    [InlineData("author", "Not A Slug")]
    [InlineData("tag", "'; DROP TABLE tag; --")]
    [InlineData("list", "a--b")]
    [InlineData("lang", "klingon-language")]
    [InlineData("lang", "e")]
    public void Malformed_parameters_are_refused_with_their_name(string parameter, string value)
    {
        var parameters = parameter switch
        {
            "year" => new SearchParameters(Year: value),
            "from" => new SearchParameters(From: value),
            "to" => new SearchParameters(To: value),
            "page" => new SearchParameters(Page: value),
            "sort" => new SearchParameters(Sort: value),
            "author" => new SearchParameters(Author: value),
            "tag" => new SearchParameters(Tag: value),
            "list" => new SearchParameters(List: value),
            _ => new SearchParameters(Lang: value),
        };

        var error = Invalid(parameters);

        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_parameters_are_absent()
    {
        var request = Valid(new(" ", "", " ", "", "", " ", "", "", "", ""));

        Assert.Null(request.Year);
        Assert.Null(request.Author);
        Assert.Equal(1, request.Page);
    }

    [Fact]
    public void Parameters_are_trimmed_and_sort_and_language_read_case_insensitively()
    {
        var request = Valid(new(Year: " 2021 ", Sort: "Newest", Lang: "ZH", Author: " ashish-vaswani "));

        Assert.Equal(2021, request.Year);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal("zh", request.Lang);
        Assert.Equal("ashish-vaswani", request.Author);
    }

    [Fact]
    public void A_reversed_range_is_swapped() => Assert.Equal(new YearRange(2020, 2023), Valid(new(From: "2023", To: "2020")).Years);

    [Fact]
    public void Year_filters_intersect()
    {
        Assert.Equal(new YearRange(2021, 2021), Valid(new(Q: "lora 2021", From: "2020")).Years);
        Assert.Equal(new YearRange(2021, 2022), Valid(new(Q: "lora 2019-2022", From: "2021", To: "2024")).Years);
        Assert.True(Valid(new(Q: "lora 2021", Year: "2017")).Years!.IsEmpty);
        Assert.Null(Valid(new(Q: "lora")).Years);
    }
}
