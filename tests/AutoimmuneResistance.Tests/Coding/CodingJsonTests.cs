using System.Text.Json;

namespace AutoimmuneResistance.Tests.Coding;

public class CodingJsonTests
{
    private static CodingJsonContext Context => CodingJsonContext.Default;

    [Fact]
    public void CodeSystemIsAPlainString()
    {
        Assert.Equal("\"http://loinc.org\"", JsonSerializer.Serialize(CodeSystem.Loinc, Context.CodeSystem));
        Assert.Equal(CodeSystem.SnomedCt, JsonSerializer.Deserialize("\"http://snomed.info/sct\"", Context.CodeSystem));
    }

    [Theory]
    [InlineData("\"loinc.org\"", "not a valid CodeSystem: it has no scheme")]
    [InlineData("\"\"", "not a valid CodeSystem: it is empty")]
    [InlineData("42", "expected a string holding a CodeSystem URI, found Number")]
    public void CodeSystemRejectsInvalidText(string json, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.CodeSystem));
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeSystemWorksAsDictionaryKey()
    {
        var map = new Dictionary<CodeSystem, string> { [CodeSystem.Loinc] = "lab", [CodeSystem.Atc] = "drug" };
        var json = JsonSerializer.Serialize(map, Context.DictionaryCodeSystemString);
        Assert.Equal("{\"http://loinc.org\":\"lab\",\"http://www.whocc.no/atc\":\"drug\"}", json);
        Assert.Equal(map, JsonSerializer.Deserialize(json, Context.DictionaryCodeSystemString));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"not a uri\":\"x\"}", Context.DictionaryCodeSystemString));
    }

    [Fact]
    public void ClinicalCodeHasTheFhirCodingShape()
    {
        var code = ClinicalCode.Loinc("2890-2", "Protein/Creatinine [Mass Ratio] in Urine");
        var json = JsonSerializer.Serialize(code, Context.ClinicalCode);
        Assert.Equal("{\"system\":\"http://loinc.org\",\"code\":\"2890-2\",\"display\":\"Protein/Creatinine [Mass Ratio] in Urine\"}", json);

        var back = JsonSerializer.Deserialize(json, Context.ClinicalCode)!;
        Assert.Equal(code, back);
        Assert.Equal(code.Display, back.Display);
    }

    [Fact]
    public void ClinicalCodeOmitsNullDisplayAndAcceptsExplicitNull()
    {
        Assert.Equal("{\"system\":\"http://snomed.info/sct\",\"code\":\"55464009\"}", JsonSerializer.Serialize(ClinicalCode.SnomedCt("55464009"), Context.ClinicalCode));
        var read = JsonSerializer.Deserialize("{\"display\":null,\"code\":\"55464009\",\"system\":\"http://snomed.info/sct\"}", Context.ClinicalCode)!;
        Assert.Null(read.Display);
        Assert.Equal(ClinicalCode.SnomedCt("55464009"), read);
    }

    [Fact]
    public void ClinicalCodeListRoundTrips()
    {
        List<ClinicalCode> codes = [ClinicalCode.Atc("L04AG04", "belimumab"), ClinicalCode.Icd10Cm("M32.14"), ClinicalCode.Hgnc("HGNC:23063", "NUDT15")];
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(codes, Context.ListClinicalCode), Context.ListClinicalCode)!;
        Assert.Equal(codes, back);
        Assert.Equal(codes.Select(c => c.Display), back.Select(c => c.Display));
    }

    [Theory]
    [InlineData("{\"system\":\"http://loinc.org\",\"code\":\"2890-3\"}", "not a valid LOINC code: the check digit is not the LOINC mod-10 check digit")]
    [InlineData("{\"system\":\"http://www.whocc.no/atc\",\"code\":\"l04ag04\"}", "not a valid ATC code: ATC codes are upper case")]
    [InlineData("{\"system\":\"http://snomed.info/sct\",\"code\":\"55464008\"}", "not a valid SNOMED CT code: the last digit is not the Verhoeff check digit")]
    [InlineData("{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"M32.1\u2020\"}", "not a valid ICD-10 code: dagger")]
    [InlineData("{\"system\":\"loinc\",\"code\":\"2890-2\"}", "not a valid CodeSystem: it has no scheme")]
    [InlineData("{\"system\":\"http://loinc.org\"}", "a ClinicalCode needs the property 'code'")]
    [InlineData("{\"code\":\"2890-2\"}", "a ClinicalCode needs the property 'system'")]
    [InlineData("{\"system\":\"http://loinc.org\",\"code\":\"2890-2\",\"version\":\"2.80\"}", "unknown property 'version' in a ClinicalCode")]
    [InlineData("{\"system\":\"http://loinc.org\",\"code\":\"2890-2\",\"code\":\"4485-9\"}", "the property 'code' appears twice")]
    [InlineData("{\"system\":\"http://loinc.org\",\"code\":28902}", "the property 'code' of a ClinicalCode must be a string, found Number")]
    [InlineData("{\"system\":\"http://loinc.org\",\"code\":\"2890-2\",\"display\":\"\"}", "the display text is not valid: it is empty")]
    [InlineData("\"2890-2\"", "expected an object {\"system\", \"code\", \"display\"} for a ClinicalCode, found String")]
    public void ClinicalCodeRejectionNamesTheRule(string json, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.ClinicalCode));
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalCodeRejectionCarriesTheJsonPath()
    {
        var json = "{\"code\":{\"system\":\"http://loinc.org\",\"code\":\"2890-3\"},\"system\":\"http://loinc.org\"}";
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.CodedHolder));
        Assert.Equal("$.code", exception.Path);
        Assert.Contains("check digit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationIsAPlainObjectAndRoundTrips()
    {
        var citation = new Citation("Doe J, et al.", 2024, "Example", "Example J 2024;1:1-9", "10.1234/abc.1", "https://example.org/a");
        var json = JsonSerializer.Serialize(citation, Context.Citation);
        Assert.Equal(
            "{\"authors\":\"Doe J, et al.\",\"year\":2024,\"title\":\"Example\",\"source\":\"Example J 2024;1:1-9\",\"doi\":\"10.1234/abc.1\",\"url\":\"https://example.org/a\"}",
            json);
        Assert.Equal(citation, JsonSerializer.Deserialize(json, Context.Citation));

        var bare = new Citation("WHO", 2025, "Index", "Oslo");
        var bareJson = JsonSerializer.Serialize(bare, Context.Citation);
        Assert.Equal("{\"authors\":\"WHO\",\"year\":2025,\"title\":\"Index\",\"source\":\"Oslo\"}", bareJson);
        Assert.Equal(bare, JsonSerializer.Deserialize(bareJson, Context.Citation));
    }

    [Theory]
    [InlineData("{\"authors\":\"A\",\"year\":1899,\"title\":\"T\",\"source\":\"S\"}", "invalid Citation: the year 1899 is outside 1900..2100")]
    [InlineData("{\"authors\":\"A\",\"year\":\"2020\",\"title\":\"T\",\"source\":\"S\"}", "the property 'year' of a Citation must be an integer, found String")]
    [InlineData("{\"authors\":\"A\",\"year\":2020.5,\"title\":\"T\",\"source\":\"S\"}", "the property 'year' of a Citation must be an integer")]
    [InlineData("{\"authors\":\"A\",\"title\":\"T\",\"source\":\"S\"}", "a Citation needs the property 'year'")]
    [InlineData("{\"authors\":\"A\",\"year\":2020,\"source\":\"S\"}", "a Citation needs the property 'title'")]
    [InlineData("{\"authors\":\" \",\"year\":2020,\"title\":\"T\",\"source\":\"S\"}", "invalid Citation: the authors are not valid: it is empty")]
    [InlineData("{\"authors\":\"A\",\"year\":2020,\"title\":\"T\",\"source\":\"S\",\"doi\":\"doi:10.1/x\"}", "invalid Citation: 'doi:10.1/x' is not a valid DOI")]
    [InlineData("{\"authors\":\"A\",\"year\":2020,\"title\":\"T\",\"source\":\"S\",\"pmid\":\"1\"}", "unknown property 'pmid' in a Citation")]
    [InlineData("{\"authors\":\"A\",\"authors\":\"B\",\"year\":2020,\"title\":\"T\",\"source\":\"S\"}", "the property 'authors' appears twice")]
    [InlineData("[]", "expected an object for a Citation, found StartArray")]
    public void CitationRejectionNamesTheRule(string json, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.Citation));
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullDoiAndUrlAreAccepted()
    {
        var citation = JsonSerializer.Deserialize("{\"authors\":\"A\",\"year\":2020,\"title\":\"T\",\"source\":\"S\",\"doi\":null,\"url\":null}", Context.Citation)!;
        Assert.Null(citation.Doi);
        Assert.Null(citation.Url);
    }

    [Fact]
    public void HolderDocumentRoundTrips()
    {
        var holder = new CodedHolder(ClinicalCode.Icd10("M34.9"), CodeSystem.Icd10Cm, new Citation("WHO", 2019, "ICD-10", "Geneva"));
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(holder, Context.CodedHolder), Context.CodedHolder);
        Assert.Equal(holder, back);
    }
}
