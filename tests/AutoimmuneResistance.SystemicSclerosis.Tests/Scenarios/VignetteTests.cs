namespace AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

// Vignettes V3 and V4 (shared docs/vignettes.md). V3 here is the vignette exactly as given (no refill records); the skin
// response of V3 end to end, with adherence shown and its options, is in V3SkinTests.
public sealed class VignetteTests
{
    internal const string V3 = """
        {"schemaVersion":1,"subject":"v3","birthYear":1972,"sex":"male",
         "diagnoses":[{"disease":"ssc","onset":"2023-03-01","features":{"$kind":"ssc.features","subset":"diffuse","firstNonRaynaudManifestation":"2023-03-01"}}],
         "therapies":[
           {"therapy":"mycophenolate-mofetil","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":1500,"unit":"mg"},"administrations":2,"intervalDays":1},"start":"2023-09-01"},
           {"therapy":"prednisone","class":"glucocorticoid","route":"oral","regimen":{"dose":{"value":20,"unit":"mg"},"administrations":1,"intervalDays":1},"start":"2024-01-01","end":"2024-05-31"}],
         "autoantibodies":[{"antibody":"anti-rna-polymerase-iii","on":"2023-06-01","positive":true}],
         "assessments":[{"$kind":"core.recorded-score","instrument":"ssc.mrss","score":28,"on":"2023-09-01"},{"$kind":"core.recorded-score","instrument":"ssc.mrss","score":31,"on":"2024-09-01"}]}
        """;

    internal const string V4 = """
        {"schemaVersion":1,"subject":"v4","birthYear":1968,"sex":"female",
         "diagnoses":[{"disease":"ssc","onset":"2019-01-01","features":{"$kind":"ssc.features","subset":"limited","firstNonRaynaudManifestation":"2019-01-01"}}],
         "therapies":[{"therapy":"mycophenolate-mofetil","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":1500,"unit":"mg"},"administrations":2,"intervalDays":1},"start":"2021-01-01"}],
         "observations":[
           {"on":"2023-01-15","code":{"system":"http://loinc.org","code":"19872-1"},"value":{"value":80,"unit":"%"}},
           {"on":"2023-01-15","code":{"system":"http://loinc.org","code":"98130-8"},"value":{"value":60,"unit":"%"}},
           {"on":"2024-01-15","code":{"system":"http://loinc.org","code":"19872-1"},"value":{"value":70,"unit":"%"}},
           {"on":"2024-01-15","code":{"system":"http://loinc.org","code":"98130-8"},"value":{"value":55,"unit":"%"}}],
         "autoantibodies":[{"antibody":"anti-topoisomerase-i","on":"2019-03-01","positive":true}],
         "refillAdherence":[{"therapy":"mycophenolate-mofetil","from":"2023-01-01","to":"2023-12-31","proportionOfDaysCovered":{"value":95,"unit":"%"}}]}
        """;

    internal static ResistanceAssessment Evaluate(string json, DateOnly asOf)
    {
        var read = Ssc.Pipeline.Json.ReadProfile(json);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        var assessment = Ssc.Pipeline.Evaluate(read.Profile!, new EvaluationOptions { AsOf = asOf });
        Assert.DoesNotContain(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return assessment;
    }

    [Fact]
    public void V3_renal_crisis_risk_from_glucocorticoids_is_supported_in_early_diffuse_disease_with_anti_rna_polymerase_iii()
    {
        var assessment = Evaluate(V3, new DateOnly(2024, 9, 1));

        var gc = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk);
        Assert.Equal(FindingStatus.Supported, gc.Status);
        Assert.Equal(20m, gc.Thresholds[0].Observed);
        Assert.Contains("Anti-RNA polymerase III", gc.Summary, StringComparison.Ordinal);
        Assert.Contains("$.autoantibodies[0]", gc.Facts);

        var timing = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.LateImmunosuppression);
        Assert.Equal(FindingStatus.NotSupported, timing.Status);
        Assert.Equal(6m, timing.Thresholds[0].Observed);
        Assert.Contains("disease duration now 18 months (early diffuse)", timing.Summary, StringComparison.Ordinal);

        var antibodies = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.AutoantibodyPhenotype);
        Assert.Equal(FindingStatus.Supported, antibodies.Status);

        // The skin progression is not judged yet: mycophenolate's verdict stays open.
        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, assessment.Verdict!.Answer);
        Assert.Contains(assessment.Verdict!.ExplainedBy, l => l.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk && l.Status == FindingStatus.Supported);
    }

    [Fact]
    public void V4_progressive_ild_on_mycophenolate_under_three_definitions_and_unknown_under_ats_2022()
    {
        var assessment = Evaluate(V4, new DateOnly(2024, 1, 15));
        var ild = assessment.Findings.Where(f => f.Mechanism == SscMechanisms.ProgressiveIldOnTherapy).ToDictionary(f => f.Rule.Value);

        Assert.Equal(FindingStatus.Supported, ild["ssc.progressive-ild.inbuild-2019"].Status);
        Assert.Equal(FindingStatus.Supported, ild["ssc.progressive-ild.ssc-composite"].Status);
        Assert.Equal(FindingStatus.Supported, ild["ssc.progressive-ild.eustar-fvc-only-2021"].Status);
        Assert.Equal(12.5m, ild["ssc.progressive-ild.inbuild-2019"].Thresholds[0].Observed);
        var ats = ild["ssc.progressive-ild.ats-ers-jrs-alat-2022"];
        Assert.Equal(FindingStatus.Unknown, ats.Status);
        Assert.Equal(10m, ats.Thresholds[0].Observed);
        Assert.NotNull(ats.Gap);

        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.LateImmunosuppression);
        Assert.Equal(FindingStatus.Supported, Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.AutoantibodyPhenotype).Status);

        Assert.Equal(ResistanceAnswer.Shown, assessment.Verdict!.Answer);
        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, mmf.Resistance);
        Assert.Contains("refills covered at least 80 % of days", mmf.Statement, StringComparison.Ordinal);
        Assert.Equal(["Nintedanib", "Tocilizumab", "Rituximab"], mmf.Options.Select(o => o.Title));
        Assert.Equal(ild["ssc.progressive-ild.inbuild-2019"].Id, Assert.Single(mmf.Findings));
    }

    [Theory]
    [InlineData(null)] // adherence not recorded
    [InlineData("79.9")] // one step below the 80 % proportion of days covered
    public void V4_without_adherence_shown_is_a_progression_that_cannot_be_called_resistance(string? proportion)
    {
        var refills = proportion is null
            ? "[]"
            : """[{"therapy":"mycophenolate-mofetil","from":"2023-01-01","to":"2023-12-31","proportionOfDaysCovered":{"value":""" + proportion + ""","unit":"%"}}]""";
        var json = V4.Replace(
            "[{\"therapy\":\"mycophenolate-mofetil\",\"from\":\"2023-01-01\",\"to\":\"2023-12-31\",\"proportionOfDaysCovered\":{\"value\":95,\"unit\":\"%\"}}]",
            refills,
            StringComparison.Ordinal);
        Assert.NotEqual(V4, json);

        var assessment = Evaluate(json, new DateOnly(2024, 1, 15));

        // docs/verdict.md: adherence unknown is primary non-response / cannot tell yet (options offered, the refill records
        // asked for); adherence shown poor is apparent resistance explained by non-adherence / not shown.
        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(proportion is null ? TherapyOutcome.PrimaryNonResponse : TherapyOutcome.NonAdherence, mmf.Outcome);
        Assert.Equal(proportion is null ? ResistanceAnswer.CannotTellYet : ResistanceAnswer.NotShown, mmf.Resistance);
        Assert.Equal(proportion is null, !mmf.Options.IsEmpty);
        Assert.Contains(proportion is null ? "adherence is not recorded" : "refills covered fewer than 80 % of days", mmf.Statement, StringComparison.Ordinal);
    }
}
