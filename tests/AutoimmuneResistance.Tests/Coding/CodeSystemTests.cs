using System.Globalization;

namespace AutoimmuneResistance.Tests.Coding;

public class CodeSystemTests
{
    public static TheoryData<CodeSystem, string, string> WellKnown() => new()
    {
        { CodeSystem.Atc, "http://www.whocc.no/atc", "ATC" },
        { CodeSystem.Icd10, "http://hl7.org/fhir/sid/icd-10", "ICD-10" },
        { CodeSystem.Icd10Cm, "http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM" },
        { CodeSystem.SnomedCt, "http://snomed.info/sct", "SNOMED CT" },
        { CodeSystem.Loinc, "http://loinc.org", "LOINC" },
        { CodeSystem.RxNorm, "http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm" },
        { CodeSystem.Ucum, "http://unitsofmeasure.org", "UCUM" },
        { CodeSystem.Hgnc, "http://www.genenames.org/geneId", "HGNC" },
    };

    [Theory]
    [MemberData(nameof(WellKnown))]
    public void WellKnownSystemsUseFhirCanonicalUris(CodeSystem system, string uri, string shortName)
    {
        Assert.Equal(uri, system.Uri);
        Assert.Equal(shortName, system.ToString());
        Assert.True(system.IsWellKnown);
        Assert.Equal(system, CodeSystem.Create(uri));
    }

    [Fact]
    public void DefaultIsUnspecified()
    {
        var system = default(CodeSystem);
        Assert.False(system.IsSpecified);
        Assert.False(system.IsWellKnown);
        Assert.Equal(string.Empty, system.Uri);
        Assert.Equal(string.Empty, system.ToString());
    }

    [Theory]
    [InlineData("https://fhir.example.org/CodeSystem/local-lab")]
    [InlineData("urn:oid:2.16.840.1.113883.6.73")]
    [InlineData("http://fhir.de/CodeSystem/bfarm/atc")]
    public void AcceptsAnyAbsoluteUriAndShowsItAsIs(string uri)
    {
        var system = CodeSystem.Create(uri);
        Assert.True(system.IsSpecified);
        Assert.False(system.IsWellKnown);
        Assert.Equal(uri, system.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("loinc.org", "no scheme")]
    [InlineData("/usr/share/loinc", "no scheme")] // System.Uri would take this as a file URI on Unix
    [InlineData("1http://loinc.org", "no scheme")]
    [InlineData("http://loinc .org", "whitespace")]
    [InlineData("http://loinc.org\n", "whitespace")]
    [InlineData("http://[bad", "not a well-formed URI")]
    public void RejectsTextThatIsNotAnAbsoluteUri(string uri, string reason)
    {
        Assert.False(CodeSystem.TryCreate(uri, out var result));
        Assert.Equal(default, result);
        var exception = Assert.Throws<ArgumentException>(() => CodeSystem.Create(uri));
        Assert.Equal("uri", exception.ParamName);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsOverlongUris()
    {
        var prefix = "http://example.org/";
        Assert.True(CodeSystem.TryCreate(prefix + new string('a', CodeSystem.MaxLength - prefix.Length), out _));
        Assert.False(CodeSystem.TryCreate(prefix + new string('a', CodeSystem.MaxLength - prefix.Length + 1), out _));
    }

    [Fact]
    public void ComparesOrdinallyWithoutNormalizing()
    {
        Assert.NotEqual(CodeSystem.Loinc, CodeSystem.Create("http://loinc.org/"));
        Assert.NotEqual(CodeSystem.Loinc, CodeSystem.Create("HTTP://LOINC.ORG"));
        Assert.Equal(CodeSystem.Loinc.GetHashCode(), CodeSystem.Create("http://loinc.org").GetHashCode());
    }

    [Fact]
    public void ParseAndTryParseFollowCreate()
    {
        Assert.Equal(CodeSystem.SnomedCt, CodeSystem.Parse("http://snomed.info/sct", CultureInfo.InvariantCulture));
        Assert.True(CodeSystem.TryParse("http://snomed.info/sct", null, out var parsed));
        Assert.Equal(CodeSystem.SnomedCt, parsed);
        Assert.False(CodeSystem.TryParse(null, null, out _));
        Assert.Throws<ArgumentException>(() => CodeSystem.Parse("snomed", CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentNullException>(() => CodeSystem.Create(null!));
    }
}
