using LlmReadingList.Catalog;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Tests.Exports;

public sealed class CitationKeysTests
{
    [Fact]
    public void Keys_are_family_name_year_and_first_significant_title_word()
    {
        Assert.Equal("vaswani2017attention", CitationKeys.BaseKey(CitationRecords.Attention));
        Assert.Equal("nunez2024braces", CitationKeys.BaseKey(CitationRecords.Tricky));
        Assert.Equal("anon2023art", CitationKeys.BaseKey(CitationRecords.Anonymous));
    }

    [Fact]
    public void An_organisation_gives_the_ascii_letters_of_its_name_and_a_title_without_ascii_words_gives_none()
    {
        var org = CitationRecords.Attention with { Authors = [new("Google DeepMind", AuthorKind.Organization)], Year = 2023, Title = "Gemini" };

        Assert.Equal("googledeepmind2023gemini", CitationKeys.BaseKey(org));
        Assert.Equal("ai", CitationKeys.BaseKey(CitationRecords.BlogOnly));
    }

    [Fact]
    public void Papers_sharing_a_key_get_suffixes_in_catalog_id_order_so_the_oldest_keeps_the_bare_key()
    {
        var newer = CitationRecords.Attention with { Id = 9, Title = "Attention Again" };
        var newest = CitationRecords.Attention with { Id = 12, Title = "Attention, Once More" };

        var keys = CitationKeys.Assign([newest, CitationRecords.Attention, newer]);

        Assert.Equal(["vaswani2017attentionb", "vaswani2017attention", "vaswani2017attentiona"], keys);
    }

    [Theory]
    [InlineData("Ashish Vaswani", "Ashish", "Vaswani")]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van Beethoven")]
    [InlineData("Jan Willem de Vries", "Jan Willem", "de Vries")]
    [InlineData("Plato", null, "Plato")]
    [InlineData("李明", null, "李明")]
    public void Person_names_split_into_given_and_family(string name, string? given, string family) =>
        Assert.Equal(new PersonName(given, family), PersonName.Parse(name));
}
