namespace AutoimmuneResistance.Tests.Coding;

// Worked examples for each system's format rule. Real codes come from the CONFIRMED rows of the shared
// codes.md review (sources listed there); made-up codes are marked as such and only exercise the shape.
public class ClinicalCodeValidationTests
{
    public static TheoryData<string> ConfirmedLoincCodes() =>
    [
        "4485-9", "4498-2", "5130-0", "5048-4", "29953-7", "2890-2", "34366-5", "13801-6", "2889-4", "2160-0",
        "38483-4", "98979-8", "62238-1", "33914-3", "718-7", "777-3", "6690-2", "1988-5", "30522-7", "19868-9",
        "19869-7", "19872-1", "19911-7", "19910-9", "98130-8", "19913-3", "95921-3", "3684-8",
    ];

    [Theory]
    [MemberData(nameof(ConfirmedLoincCodes))]
    public void LoincAcceptsEveryConfirmedCode(string code)
    {
        Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, code, null, out var result, out var error), error);
        Assert.Equal(code, result.Code);
    }

    [Theory]
    [MemberData(nameof(ConfirmedLoincCodes))]
    public void LoincRejectsEveryOtherCheckDigitOfAConfirmedCode(string code)
    {
        var body = code[..^1];
        for (var digit = '0'; digit <= '9'; digit++)
        {
            if (digit != code[^1])
            {
                Assert.False(ClinicalCode.TryCreate(CodeSystem.Loinc, body + digit, null, out _, out var error));
                Assert.Contains("check digit", error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void LoincCorruptedCheckDigitNamesTheRule()
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Loinc, "2890-3", null, out _, out var error));
        Assert.Equal("not a valid LOINC code: the check digit is not the LOINC mod-10 check digit of the digits before '-'; expected a LOINC code: 1 to 8 digits, '-', check digit (2890-2)", error);
    }

    [Theory]
    [InlineData("2890")]
    [InlineData("2890-")]
    [InlineData("-2")]
    [InlineData("2890-22")]
    [InlineData("2890--2")]
    [InlineData("28a0-2")]
    [InlineData("2890 -2")]
    [InlineData("2890\u20132")] // en dash instead of hyphen
    [InlineData("123456789-5")] // 9 digits before the hyphen
    [InlineData("LX1234-5")]
    public void LoincRejectsMalformedShapes(string code) =>
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Loinc, code, null, out _, out _));

    [Fact]
    public void LoincAcceptsEightDigitBodyAndPrefixedCodesByShape()
    {
        var body = "12345678";
        var eight = body + "-" + CodeFormats.LoincCheckDigit(body);
        Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, eight, null, out _, out var error), error);

        // Made-up answer/part codes: shape only, the check digit is not verified for prefixed codes.
        Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, "LA1234-0", null, out _, out _));
        Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, "LP12345-9", null, out _, out _));
    }

    [Theory]
    [InlineData("55464009")] // systemic lupus erythematosus
    [InlineData("89155008")] // systemic sclerosis
    [InlineData("68815009")] // SLE glomerulonephritis syndrome
    public void SnomedCtAcceptsConfirmedConcepts(string code) =>
        Assert.Equal(code, ClinicalCode.SnomedCt(code).Code);

    [Theory]
    [InlineData("55464008")]
    [InlineData("55464000")]
    [InlineData("89155009")]
    [InlineData("54464009")] // single-digit error in the item id
    [InlineData("54564009")] // adjacent transposition of 5 and 4
    public void SnomedCtRejectsCorruptedCheckDigits(string code)
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.SnomedCt, code, null, out _, out var error));
        Assert.Contains("Verhoeff", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SnomedCtLengthBoundaries()
    {
        Assert.True(IsValidSnomed(WithVerhoeff("100" + "00"))); // 6 digits
        Assert.False(IsValidSnomed(WithVerhoeff("10" + "00"))); // 5 digits
        Assert.True(IsValidSnomed(WithVerhoeff("123456789012345" + "00"))); // 18 digits
        Assert.False(IsValidSnomed(WithVerhoeff("1234567890123456" + "00"))); // 19 digits
    }

    [Fact]
    public void SnomedCtRequiresConceptPartition()
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.SnomedCt, WithVerhoeff("123456" + "01"), null, out _, out var description));
        Assert.Contains("partition identifier (the two digits before the check digit) is not a concept partition", description, StringComparison.Ordinal);
        Assert.False(IsValidSnomed(WithVerhoeff("123456" + "02"))); // relationship
        Assert.False(IsValidSnomed(WithVerhoeff("1" + "1000001" + "11"))); // namespaced description

        Assert.True(IsValidSnomed(WithVerhoeff("1" + "1000001" + "10"))); // namespaced concept, 11 digits
        Assert.False(IsValidSnomed(WithVerhoeff("1000001" + "10"))); // partition 10 without room for a namespace
    }

    [Theory]
    [InlineData("055464009")]
    [InlineData("55464009 ")]
    [InlineData("55464009|Systemic lupus erythematosus|")]
    [InlineData("")]
    public void SnomedCtRejectsNonConceptText(string code) => Assert.False(IsValidSnomed(code));

    [Theory]
    [InlineData("A")]
    [InlineData("L04")]
    [InlineData("L04A")]
    [InlineData("L04AG")]
    [InlineData("L04AG04")]
    [InlineData("H02AB07")]
    public void AtcAcceptsAllFiveLevels(string code) => Assert.Equal(code, ClinicalCode.Atc(code).Code);

    [Theory]
    [InlineData("L0", "2 characters")]
    [InlineData("L04AG0", "6 characters")]
    [InlineData("L04AG004", "8 characters")]
    [InlineData("l04ag04", "upper case")]
    [InlineData("L04AGO4", "character 6 should be a digit")]
    [InlineData("104AG04", "character 1 should be an upper-case letter")]
    [InlineData("L04A G4", "character 5 should be an upper-case letter")]
    public void AtcRejectsBadShapesWithTheReason(string code, string reason)
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Atc, code, null, out _, out var error));
        Assert.StartsWith("not a valid ATC code: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain(code, error, StringComparison.Ordinal); // the rule, never the value
    }

    [Theory]
    [InlineData("M32")]
    [InlineData("M32.0")]
    [InlineData("M32.1")]
    [InlineData("N08.5")]
    [InlineData("J99.1")]
    [InlineData("M34.9")]
    [InlineData("S72.00")] // two digits after the dot (fifth-character subdivision)
    public void Icd10AcceptsWhoCodes(string code) => Assert.Equal(code, ClinicalCode.Icd10(code).Code);

    [Theory]
    [InlineData("M32.1\u2020", "dagger")]
    [InlineData("N08.5*", "dagger")]
    [InlineData("M321", "dot goes after the third character")]
    [InlineData("m32.1", "upper case")]
    [InlineData("M3A", "not a category")] // letters in third place are ICD-10-CM only
    [InlineData("M3", "2 characters")]
    [InlineData("M32.", "0 characters after the dot")]
    [InlineData("M32.123", "3 characters after the dot")]
    [InlineData("M32.A", "a character after the dot is not a digit")]
    public void Icd10RejectsWithTheReason(string code, string reason)
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Icd10, code, null, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("M32.14")]
    [InlineData("M32.10")]
    [InlineData("M34.81")]
    [InlineData("M34.89")]
    [InlineData("M32.1")] // a valid (non-billable) header
    [InlineData("M1A")] // made-up-looking but real shape: letter in third place
    [InlineData("T36.0X1A")] // shape example with placeholder X and seventh character
    public void Icd10CmAcceptsCodes(string code) => Assert.Equal(code, ClinicalCode.Icd10Cm(code).Code);

    [Theory]
    [InlineData("M3214")]
    [InlineData("M32.14567")]
    [InlineData("M32.1a")]
    [InlineData("MM2.1")]
    [InlineData("M32.14*")]
    public void Icd10CmRejectsMalformedCodes(string code) =>
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Icd10Cm, code, null, out _, out _));

    [Theory]
    [InlineData("HGNC:12014")] // TPMT
    [InlineData("HGNC:23063")] // NUDT15
    [InlineData("HGNC:2638")] // CYP3A5
    [InlineData("HGNC:3619")] // FCGR3A
    [InlineData("HGNC:1234567")] // 7 digits, shape only
    public void HgncAcceptsIds(string code) => Assert.Equal(code, ClinicalCode.Hgnc(code).Code);

    [Theory]
    [InlineData("12014", "the 'HGNC:' prefix is missing")]
    [InlineData("hgnc:12014", "does not start with 'HGNC:'")]
    [InlineData("HGNC:", "expected an HGNC id")]
    [InlineData("HGNC:012014", "expected an HGNC id")]
    [InlineData("HGNC:12345678", "expected an HGNC id")]
    [InlineData("HGNC:TPMT", "expected an HGNC id")]
    public void HgncRejectsWithTheReason(string code, string reason)
    {
        Assert.False(ClinicalCode.TryCreate(CodeSystem.Hgnc, code, null, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1234567890", true)]
    [InlineData("12345678901", false)]
    [InlineData("0123", false)]
    [InlineData("12a", false)]
    public void RxNormAcceptsOnlyRxcuiDigits(string code, bool valid) =>
        Assert.Equal(valid, ClinicalCode.TryCreate(CodeSystem.RxNorm, code, null, out _, out _));

    [Theory]
    [InlineData("mg/dL", true)]
    [InlineData("%", true)]
    [InlineData("mL/min/{1.73_m2}", true)]
    [InlineData("mg dL", false)]
    [InlineData("\u00b5mol/L", false)] // UCUM writes micro as 'u'
    public void UcumAcceptsPrintableAsciiWithoutSpaces(string code, bool valid) =>
        Assert.Equal(valid, ClinicalCode.TryCreate(CodeSystem.Ucum, code, null, out _, out _));

    [Theory]
    [InlineData("local-123", true)]
    [InlineData("two words", true)]
    [InlineData("two  spaces", false)]
    [InlineData(" leading", false)]
    [InlineData("trailing ", false)]
    [InlineData("line\nbreak", false)]
    [InlineData("tab\tinside", false)]
    [InlineData("", false)]
    public void UnknownSystemsFollowTheFhirCodeRule(string code, bool valid) =>
        Assert.Equal(valid, ClinicalCode.TryCreate(LocalSystem, code, null, out _, out _));

    [Fact]
    public void UnknownSystemsAcceptUpToSixtyFourCharacters()
    {
        Assert.True(ClinicalCode.TryCreate(LocalSystem, new string('x', 64), null, out _, out _));
        Assert.False(ClinicalCode.TryCreate(LocalSystem, new string('x', 65), null, out _, out var error));
        Assert.Equal("not a valid code of system urn:example:local-lab: it has 65 characters, more than the 64 allowed for a code", error);
    }

    private static CodeSystem LocalSystem { get; } = CodeSystem.Create("urn:example:local-lab");

    private static bool IsValidSnomed(string code) => ClinicalCode.TryCreate(CodeSystem.SnomedCt, code, null, out _, out _);

    private static string WithVerhoeff(string body) => body + CodeFormats.VerhoeffCheckDigit(body);
}
