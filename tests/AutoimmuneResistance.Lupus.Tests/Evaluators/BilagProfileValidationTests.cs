using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

// BILAG-2004 assessments in a profile are held to the rules of the SRI-4 input's BILAG visits: a profile with a null,
// repeated or undefined domain grade is invalid and not evaluated (the not-at-target rule reads the grades).
public sealed class BilagProfileValidationTests
{
    private static readonly DateOnly Visit = new(2023, 6, 1);

    private static PatientProfile WithBilag(params BilagDomainGrade[] domains) => Patient() with
    {
        Assessments = [Sledai(Visit, Sledai2kDescriptor.Arthritis), new BilagVisit { On = Visit, Domains = [.. domains] }],
    };

    private static BilagDomainGrade Grade(BilagDomain domain, BilagGrade grade) => new() { Domain = domain, Grade = grade };

    [Fact]
    public void A_well_formed_bilag_visit_passes()
    {
        var profile = WithBilag(Grade(BilagDomain.Gastrointestinal, BilagGrade.E), Grade(BilagDomain.Haematological, BilagGrade.D));

        Assert.DoesNotContain(Pipeline.Validate(profile), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_null_entry_built_in_code_is_an_error_at_its_path_and_no_evaluator_fails()
    {
        var assessment = Pipeline.Evaluate(WithBilag(Grade(BilagDomain.Renal, BilagGrade.A), null!));

        var error = Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.MissingRequiredProperty, "$.assessments[1].domains[1]"), (error.Code, error.Path));
        Assert.Empty(assessment.Findings);
    }

    [Fact]
    public void A_domain_graded_twice_is_an_error_naming_the_first_grade()
    {
        var error = Assert.Single(Pipeline.Validate(WithBilag(Grade(BilagDomain.Renal, BilagGrade.A), Grade(BilagDomain.Renal, BilagGrade.C))));

        Assert.Equal((Sri4DiagnosticCodes.BilagDomainRepeated, "$.assessments[1].domains[1]"), (error.Code, error.Path));
        Assert.Contains("first at $.assessments[1].domains[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_domain_or_grade_is_an_error_at_its_path()
    {
        var errors = Pipeline.Validate(WithBilag(new BilagDomainGrade { Domain = (BilagDomain)42, Grade = (BilagGrade)9 }));

        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.UnknownBilagValue && e.Path == "$.assessments[1].domains[0].domain");
        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.UnknownBilagValue && e.Path == "$.assessments[1].domains[0].grade");
    }
}
