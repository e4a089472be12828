using System.Globalization;
using System.Text.Json;
using CsvHelper;
using LlmReadingList.Web.Exports;

namespace LlmReadingList.Tests.Exports;

/// <summary>The formats' exact text for hand-made records; real parsers read them in the consumer tests.</summary>
public sealed class CitationFormatTests
{
    [Fact]
    public void BibTex_cites_an_arxiv_paper_as_misc_with_eprint_and_wraps_organisations()
    {
        var bib = BibTexFormat.Write([CitationRecords.Attention]);

        Assert.Equal(
            """
            @misc{vaswani2017attention,
              title = {Attention Is All You Need},
              author = {Vaswani, Ashish and Shazeer, Noam and {Google DeepMind}},
              year = {2017},
              eprint = {1706.03762},
              archivePrefix = {arXiv},
              doi = {10.48550/arXiv.1706.03762},
              url = {https://arxiv.org/abs/1706.03762},
              keywords = {Transformer architecture}
            }

            """.ReplaceLineEndings("\n"),
            bib);
    }

    [Fact]
    public void BibTex_escapes_every_special_character_and_keeps_unicode()
    {
        var bib = BibTexFormat.Write([CitationRecords.Tricky]);

        Assert.Contains(
            @"title = {Braces \textbraceleft{}and\textbraceright{} back\textbackslash{}slash: 100\% {R\&D} \$5 \#1 snake\_case \textasciitilde{}tilde \textasciicircum{}caret}",
            bib, StringComparison.Ordinal);
        Assert.Contains("author = {Ñúñez, José and van Beethoven, Ludwig and {Smith, Jones and Partners}}", bib, StringComparison.Ordinal);
        Assert.Contains("url = {https://example.org/paper%201.pdf}", bib, StringComparison.Ordinal);
        Assert.Contains("keywords = {R&D, Parsing}", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("eprint", bib, StringComparison.Ordinal);
        Assert.Equal(bib.Count(c => c == '{'), bib.Count(c => c == '}'));
    }

    [Fact]
    public void BibTex_protects_acronyms_from_case_changes()
    {
        var record = CitationRecords.Attention with { Title = "RoBERTa: A Robustly Optimized BERT Pretraining Approach for GPT-4" };

        Assert.Contains("title = {{RoBERTa:} A Robustly Optimized {BERT} Pretraining Approach for {GPT-4}}", BibTexFormat.Write([record]), StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_writes_tagged_lines_with_crlf_one_author_each_and_ends_every_record()
    {
        var ris = RisFormat.Write([CitationRecords.Attention, CitationRecords.BlogOnly]);

        Assert.Equal(
            "TY  - GEN\r\nID  - vaswani2017attention\r\nTI  - Attention Is All You Need\r\nAU  - Vaswani, Ashish\r\nAU  - Shazeer, Noam\r\n" +
            "AU  - Google DeepMind\r\nPY  - 2017\r\nPB  - arXiv\r\nM1  - arXiv:1706.03762\r\nDO  - 10.48550/arXiv.1706.03762\r\n" +
            "UR  - https://arxiv.org/abs/1706.03762\r\nKW  - Transformer architecture\r\nER  - \r\n" +
            "TY  - ELEC\r\nID  - ai\r\nTI  - 注意力机制综述\r\nAU  - 智谱AI\r\nUR  - https://example.org/blog/attention\r\nER  - \r\n",
            ris);
    }

    [Fact]
    public void Csl_json_gives_people_family_and_given_and_organisations_a_literal()
    {
        using var json = JsonDocument.Parse(CslJsonFormat.Write([CitationRecords.Attention, CitationRecords.BlogOnly]));

        var attention = json.RootElement[0];
        Assert.Equal(("vaswani2017attention", "article", "arXiv", "1706.03762"),
            (attention.GetProperty("id").GetString(), attention.GetProperty("type").GetString(),
             attention.GetProperty("archive").GetString(), attention.GetProperty("number").GetString()));
        Assert.Equal(2017, attention.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        var authors = attention.GetProperty("author");
        Assert.Equal("Vaswani", authors[0].GetProperty("family").GetString());
        Assert.Equal("Ashish", authors[0].GetProperty("given").GetString());
        Assert.Equal("Google DeepMind", authors[2].GetProperty("literal").GetString());
        var blog = json.RootElement[1];
        Assert.Equal("webpage", blog.GetProperty("type").GetString());
        Assert.False(blog.TryGetProperty("issued", out _));
        Assert.Equal("https://example.org/blog/attention", blog.GetProperty("URL").GetString());
    }

    [Fact]
    public void Csv_has_a_header_and_one_quoted_row_per_paper()
    {
        var text = CsvFormat.Write([CitationRecords.Attention, CitationRecords.Tricky]);

        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Attention Is All You Need", rows[0]["title"]);
        Assert.Equal("注意力就是你所需要的", rows[0]["alternative_titles"]);
        Assert.Equal(("2017", "1706.03762"), (rows[0]["year"], rows[0]["arxiv_id"]));
        Assert.Equal("Ashish Vaswani; Noam Shazeer; Google DeepMind", rows[0]["authors"]);
        Assert.Equal(CitationRecords.Tricky.Title, rows[1]["title"]);
        Assert.Equal("José Ñúñez; Ludwig van Beethoven; Smith, Jones and Partners", rows[1]["authors"]);
        Assert.Equal(("R&D; Parsing", "List one; List two"), (rows[1]["tags"], rows[1]["lists"]));
        Assert.Equal("https://example.org/paper%201.pdf", rows[1]["url"]);
    }
}
