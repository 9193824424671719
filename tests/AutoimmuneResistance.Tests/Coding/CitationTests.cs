namespace AutoimmuneResistance.Tests.Coding;

public class CitationTests
{
    // Fictional reference: the tests exercise the rules, not a real publication.
    private static Citation Sample(string? doi = "10.1234/example.2022.17", string? url = null, int year = 2022) =>
        new("Doe J, Roe R, et al.", year, "An example title: the second part", "Example J Rheumatol 2022;12(3):45-67", doi, url);

    [Fact]
    public void KeepsEveryMember()
    {
        var citation = Sample(url: "https://example.org/paper/17");
        Assert.Equal("Doe J, Roe R, et al.", citation.Authors);
        Assert.Equal(2022, citation.Year);
        Assert.Equal("An example title: the second part", citation.Title);
        Assert.Equal("Example J Rheumatol 2022;12(3):45-67", citation.Source);
        Assert.Equal("10.1234/example.2022.17", citation.Doi);
        Assert.Equal("https://example.org/paper/17", citation.Url);
    }

    [Theory]
    [InlineData(1899, false)]
    [InlineData(1900, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void YearBoundaries(int year, bool valid)
    {
        Assert.Equal(valid, Citation.TryCreate("A", year, "T", "S", null, null, out _, out _));
        if (!valid)
        {
            Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Sample(year: year)).ParamName);
        }
    }

    [Theory]
    [InlineData("10.1234/example.2022.17")]
    [InlineData("10.1000.10/abc(1)-x;y")]
    [InlineData("10.48550/arXiv.2101.00001")]
    public void AcceptsBareDois(string doi) => Assert.Equal(doi, Sample(doi).Doi);

    [Theory]
    [InlineData("doi:10.1002/cpt.2563", "remove the 'doi:'")]
    [InlineData("https://doi.org/10.1002/cpt.2563", "remove the 'doi:' or resolver prefix")]
    [InlineData("11.1002/cpt.2563", "does not start with '10.'")]
    [InlineData("10.1002", "no suffix")]
    [InlineData("10.1002/", "no suffix")]
    [InlineData("10./abc", "registrant code is empty")]
    [InlineData("10.1002./abc", "stray dots")]
    [InlineData("10.abcd/abc", "registrant code is not digits")]
    [InlineData("10.1002/cpt 2563", "whitespace")]
    public void RejectsMalformedDois(string doi, string reason)
    {
        Assert.False(Citation.TryCreate("A", 2020, "T", "S", doi, null, out _, out var error));
        Assert.Contains("is not a valid DOI", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal("doi", Assert.Throws<ArgumentException>(() => Sample(doi)).ParamName);
    }

    [Theory]
    [InlineData("ftp://example.org/paper")]
    [InlineData("www.example.org")]
    [InlineData("https://example.org/a b")]
    public void RejectsNonHttpUrls(string url)
    {
        Assert.False(Citation.TryCreate("A", 2020, "T", "S", null, url, out _, out var error));
        Assert.Contains("absolute http or https URL", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "T", "S", "authors", "the authors are not valid: it is empty")]
    [InlineData(" ", "T", "S", "authors", "the authors are not valid: it is empty")]
    [InlineData("A", "", "S", "title", "the title is not valid: it is empty")]
    [InlineData("A", "T", "two\nlines", "source", "the source is not valid: it contains a control character")]
    public void RejectsBlankOrMultiLineText(string authors, string title, string source, string paramName, string message)
    {
        Assert.False(Citation.TryCreate(authors, 2020, title, source, null, null, out _, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Equal(paramName, Assert.Throws<ArgumentException>(() => new Citation(authors, 2020, title, source)).ParamName);
    }

    [Fact]
    public void TryCreateReportsMissingText()
    {
        Assert.False(Citation.TryCreate(null, 2020, "T", "S", null, null, out var result, out var error));
        Assert.Null(result);
        Assert.Equal("the authors are missing (null)", error);
    }

    [Fact]
    public void ToStringIsACompactReference()
    {
        Assert.Equal(
            "Doe J, Roe R, et al. (2022). An example title: the second part. Example J Rheumatol 2022;12(3):45-67. doi:10.1234/example.2022.17",
            Sample().ToString());
        Assert.Equal(
            "WHO (2025). Index. Oslo. https://example.org/atc",
            new Citation("WHO", 2025, "Index.", "Oslo", null, "https://example.org/atc").ToString());
        Assert.Equal("WHO (2025). Why? Oslo.", new Citation("WHO", 2025, "Why?", "Oslo").ToString());
    }

    [Fact]
    public void EqualityComparesEveryMember()
    {
        Assert.Equal(Sample(), Sample());
        Assert.NotEqual(Sample(), Sample(doi: null));
        Assert.NotEqual(Sample(), Sample(year: 2021));
    }
}
