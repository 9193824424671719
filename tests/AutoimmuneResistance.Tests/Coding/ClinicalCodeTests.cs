namespace AutoimmuneResistance.Tests.Coding;

public class ClinicalCodeTests
{
    [Fact]
    public void ConvenienceFactoriesUseTheirSystem()
    {
        Assert.Equal(CodeSystem.Atc, ClinicalCode.Atc("L04AG04").CodeSystem);
        Assert.Equal(CodeSystem.Icd10, ClinicalCode.Icd10("M32.1").CodeSystem);
        Assert.Equal(CodeSystem.Icd10Cm, ClinicalCode.Icd10Cm("M32.14").CodeSystem);
        Assert.Equal(CodeSystem.SnomedCt, ClinicalCode.SnomedCt("55464009").CodeSystem);
        Assert.Equal(CodeSystem.Loinc, ClinicalCode.Loinc("2890-2").CodeSystem);
        Assert.Equal(CodeSystem.RxNorm, ClinicalCode.RxNorm("12345").CodeSystem);
        Assert.Equal(CodeSystem.Hgnc, ClinicalCode.Hgnc("HGNC:12014").CodeSystem);
    }

    [Fact]
    public void CreateKeepsCodeAndDisplayExactly()
    {
        var code = ClinicalCode.Create(CodeSystem.Loinc, "4485-9", "Complement C3 [Mass/volume] in Serum or Plasma");
        Assert.Equal("4485-9", code.Code);
        Assert.Equal("Complement C3 [Mass/volume] in Serum or Plasma", code.Display);
    }

    [Fact]
    public void CreateNamesTheOffendingParameter()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => ClinicalCode.Loinc("2890-3")).ParamName);
        Assert.Equal("codeSystem", Assert.Throws<ArgumentException>(() => ClinicalCode.Create(default, "x")).ParamName);
        Assert.Equal("display", Assert.Throws<ArgumentException>(() => ClinicalCode.Loinc("2890-2", " ")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => ClinicalCode.Loinc(null!)).ParamName);
    }

    [Fact]
    public void TryCreateReportsTheRuleAndNeverThrows()
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Atc, null, null, out var result, out var error));
        Assert.Null(result);
        Assert.Equal("the code is missing (null)", error);

        Assert.False(ClinicalCode.TryCreate(default, "L04AG04", null, out _, out error));
        Assert.Contains("unspecified", error, StringComparison.Ordinal);

        Assert.True(ClinicalCode.TryCreate(CodeSystem.Atc, "L04AG04", "belimumab", out result, out error));
        Assert.Null(error);
        Assert.Equal("L04AG04", result.Code);
    }

    [Fact]
    public void RejectionsNameTheRuleNotTheInput()
    {
        var code = new string('9', 200);
        Assert.False(ClinicalCode.TryCreate(CodeSystem.SnomedCt, code, null, out _, out var error));
        Assert.StartsWith("not a valid SNOMED CT code: it has 200 digits", error, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two\nlines")]
    public void DisplayMustBeSingleLineText(string display) =>
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Loinc, "2890-2", display, out _, out _));

    [Fact]
    public void DisplayLengthBoundary()
    {
        Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, "2890-2", new string('d', ClinicalCode.MaxDisplayLength), out _, out _));
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Loinc, "2890-2", new string('d', ClinicalCode.MaxDisplayLength + 1), out _, out _));
    }

    [Fact]
    public void EqualityIgnoresDisplay()
    {
        var plain = ClinicalCode.Loinc("2890-2");
        var described = ClinicalCode.Loinc("2890-2", "Protein/Creatinine [Mass Ratio] in Urine");
        Assert.Equal(plain, described);
        Assert.True(plain == described);
        Assert.Equal(plain.GetHashCode(), described.GetHashCode());
        Assert.Single(new HashSet<ClinicalCode> { plain, described });
    }

    [Fact]
    public void EqualityComparesSystemAndCodeOrdinally()
    {
        var local = CodeSystem.Create("urn:example:lab");
        Assert.NotEqual(ClinicalCode.Create(local, "abc"), ClinicalCode.Create(local, "ABC"));
        Assert.NotEqual(ClinicalCode.Icd10("M32.1"), ClinicalCode.Icd10Cm("M32.1"));
        Assert.False(ClinicalCode.Icd10("M32.1").Equals(null));
    }

    [Fact]
    public void WithDisplayReplacesOnlyTheDisplay()
    {
        var code = ClinicalCode.SnomedCt("55464009");
        var named = code.WithDisplay("Systemic lupus erythematosus");
        Assert.Equal("Systemic lupus erythematosus", named.Display);
        Assert.Equal(code, named);
        Assert.Null(named.WithDisplay(null).Display);
        Assert.Throws<ArgumentException>(() => code.WithDisplay(""));
    }

    [Fact]
    public void ToStringShowsSystemCodeAndDisplay()
    {
        Assert.Equal("ATC L04AG04 \"belimumab\"", ClinicalCode.Atc("L04AG04", "belimumab").ToString());
        Assert.Equal("SNOMED CT 89155008", ClinicalCode.SnomedCt("89155008").ToString());
        Assert.Equal("urn:example:lab K-1", ClinicalCode.Create(CodeSystem.Create("urn:example:lab"), "K-1").ToString());
    }
}
