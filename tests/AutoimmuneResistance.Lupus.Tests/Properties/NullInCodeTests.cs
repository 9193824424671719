using AutoimmuneResistance.Lupus.Tests.Vignettes;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

// Profiles built in code with a null where the contract forbids one: validation names it, and no lupus evaluator runs
// on it (they used to throw on a null diagnosis code or dose-change regimen: AIR1201).
public sealed class NullInCodeTests
{
    public static TheoryData<string> Places() => new() { "$.diagnoses[0].codes[0]", "$.therapies[1].doseChanges[0].regimen" };

    [Theory]
    [MemberData(nameof(Places))]
    public void A_null_in_a_lupus_profile_is_reported_and_no_evaluator_sees_it(string path)
    {
        var v2 = VignetteProfiles.V2();
        var broken = path == "$.diagnoses[0].codes[0]"
            ? VignetteProfiles.V1() with { Diagnoses = [VignetteProfiles.V1().Diagnoses[0] with { Codes = [null!] }] }
            : v2 with { Therapies = [v2.Therapies[0], v2.Therapies[1] with { DoseChanges = [new DoseChange { On = new DateOnly(2022, 5, 1), Regimen = null! }] }, v2.Therapies[2]] };

        var assessment = LupusProfiles.Pipeline.Evaluate(broken);

        var error = Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.MissingRequiredProperty, path), (error.Code, error.Path));
        Assert.DoesNotContain(assessment.Diagnostics, d => d.Code == DiagnosticCodes.EvaluatorFailed);
        Assert.Empty(assessment.Findings);
    }
}
