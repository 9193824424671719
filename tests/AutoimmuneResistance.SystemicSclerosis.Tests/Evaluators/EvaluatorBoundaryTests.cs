using System.Globalization;
using AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Boundaries of each SSc evaluator, on profiles built by hand from the rules' own operators.
public sealed class EvaluatorBoundaryTests
{
    private const string Mmf = """{"therapy":"mycophenolate-mofetil","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":1000,"unit":"mg"},"administrations":2,"intervalDays":1},"start":"START"}""";

    private static string Profile(string features = "", string therapies = "", string observations = "", string autoantibodies = "") =>
        "{\"schemaVersion\":1,\"subject\":\"t\",\"diagnoses\":[{\"disease\":\"ssc\",\"onset\":\"2015-01-01\"" + features + "}]"
        + ",\"therapies\":[" + therapies + "],\"observations\":[" + observations + "],\"autoantibodies\":[" + autoantibodies + "]}";

    private static string Prednisone(decimal mg, string start, string? end = null) =>
        "{\"therapy\":\"prednisone\",\"class\":\"glucocorticoid\",\"route\":\"oral\",\"regimen\":{\"dose\":{\"value\":"
        + mg.ToString(CultureInfo.InvariantCulture) + ",\"unit\":\"mg\"}},\"start\":\"" + start + "\""
        + (end is null ? string.Empty : ",\"end\":\"" + end + "\"") + "}";

    private static string Fvc(string on, decimal value) =>
        "{\"on\":\"" + on + "\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"19872-1\"},\"value\":{\"value\":"
        + value.ToString(CultureInfo.InvariantCulture) + ",\"unit\":\"%\"}}";

    private static Finding Single(ResistanceAssessment assessment, MechanismId mechanism) =>
        Assert.Single(assessment.Findings, f => f.Mechanism == mechanism);

    [Theory]
    [InlineData(15, FindingStatus.Supported)]
    [InlineData(14.9, FindingStatus.NotSupported)]
    [InlineData(40, FindingStatus.Supported)]
    public void Renal_crisis_threshold_is_inclusive_at_15_mg(decimal mg, FindingStatus expected)
    {
        var assessment = VignetteTests.Evaluate(Profile(therapies: Prednisone(mg, "2024-01-01")), new DateOnly(2024, 6, 1));
        Assert.Equal(expected, Single(assessment, SscMechanisms.GlucocorticoidRenalCrisisRisk).Status);
    }

    [Theory]
    [InlineData("2023-12-01", FindingStatus.Supported)] // ended on the window's first day (2024-06-01 minus 6 months)
    [InlineData("2023-11-30", FindingStatus.NotSupported)] // ended the day before
    public void Renal_crisis_window_is_six_months_back(string end, FindingStatus expected)
    {
        var assessment = VignetteTests.Evaluate(Profile(therapies: Prednisone(20, "2023-01-01", end)), new DateOnly(2024, 6, 1));
        Assert.Equal(expected, Single(assessment, SscMechanisms.GlucocorticoidRenalCrisisRisk).Status);
    }

    [Fact]
    public void Renal_crisis_reads_the_dose_change_that_was_in_force()
    {
        const string Tapered = """{"therapy":"prednisone","class":"glucocorticoid","route":"oral","regimen":{"dose":{"value":30,"unit":"mg"}},"doseChanges":[{"on":"2023-10-01","regimen":{"dose":{"value":5,"unit":"mg"}}}],"start":"2023-01-01"}""";
        var finding = Single(VignetteTests.Evaluate(Profile(therapies: Tapered), new DateOnly(2024, 6, 1)), SscMechanisms.GlucocorticoidRenalCrisisRisk);
        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Equal(5m, finding.Thresholds[0].Observed);
    }

    [Fact]
    public void No_glucocorticoid_course_says_nothing_about_renal_crisis()
    {
        var assessment = VignetteTests.Evaluate(Profile(therapies: Mmf.Replace("START", "2020-01-01", StringComparison.Ordinal)), new DateOnly(2024, 6, 1));
        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk);
    }

    [Theory]
    [InlineData("2021-05-01", FindingStatus.NotSupported, 59)]
    [InlineData("2021-06-01", FindingStatus.Supported, 60)]
    [InlineData("2018-06-01", FindingStatus.NotSupported, 24)]
    public void Timing_early_diffuse_window_is_below_60_months(string start, FindingStatus expected, int months)
    {
        const string Diffuse = ",\"features\":{\"$kind\":\"ssc.features\",\"subset\":\"diffuse\",\"firstNonRaynaudManifestation\":\"2016-06-01\"}";
        var finding = Single(VignetteTests.Evaluate(Profile(Diffuse, Mmf.Replace("START", start, StringComparison.Ordinal)), new DateOnly(2024, 6, 1)), SscMechanisms.LateImmunosuppression);
        Assert.Equal(expected, finding.Status);
        Assert.Equal(months, finding.Thresholds[0].Observed);
    }

    [Fact]
    public void Timing_says_nothing_for_limited_disease_and_is_unknown_without_features()
    {
        const string Limited = ",\"features\":{\"$kind\":\"ssc.features\",\"subset\":\"limited\",\"firstNonRaynaudManifestation\":\"2010-01-01\"}";
        var mmf = Mmf.Replace("START", "2020-01-01", StringComparison.Ordinal);
        Assert.DoesNotContain(VignetteTests.Evaluate(Profile(Limited, mmf), new DateOnly(2024, 6, 1)).Findings, f => f.Mechanism == SscMechanisms.LateImmunosuppression);

        var unknown = Single(VignetteTests.Evaluate(Profile(therapies: mmf), new DateOnly(2024, 6, 1)), SscMechanisms.LateImmunosuppression);
        Assert.Equal(FindingStatus.Unknown, unknown.Status);
        Assert.Equal("$.diagnoses[0].features", unknown.Gap!.Path);
    }

    [Theory]
    [InlineData(90, FindingStatus.Supported)] // relative decline exactly 10 %: INBUILD is >= 10
    [InlineData(90.1, FindingStatus.Unknown)] // 9.9 %: 5 to < 10 % needs symptoms or HRCT, not recorded
    [InlineData(95.1, FindingStatus.NotSupported)] // 4.9 %
    public void Inbuild_boundary_at_ten_percent_relative(decimal followUp, FindingStatus expected)
    {
        var assessment = VignetteTests.Evaluate(
            Profile(therapies: Mmf.Replace("START", "2020-01-01", StringComparison.Ordinal), observations: Fvc("2022-01-10", 100) + "," + Fvc("2023-01-10", followUp)),
            new DateOnly(2023, 6, 1));
        Assert.Equal(expected, Assert.Single(assessment.Findings, f => f.Rule.Value == "ssc.progressive-ild.inbuild-2019").Status);
    }

    [Fact]
    public void Eustar_is_strictly_above_ten_percent_and_ild_needs_two_results_on_the_course()
    {
        var onCourse = VignetteTests.Evaluate(
            Profile(therapies: Mmf.Replace("START", "2020-01-01", StringComparison.Ordinal), observations: Fvc("2022-01-10", 100) + "," + Fvc("2023-01-10", 90)),
            new DateOnly(2023, 6, 1));
        Assert.NotEqual(FindingStatus.Unknown, Assert.Single(onCourse.Findings, f => f.Rule.Value == "ssc.progressive-ild.eustar-fvc-only-2021").Status);

        var before = VignetteTests.Evaluate(
            Profile(therapies: Mmf.Replace("START", "2022-06-01", StringComparison.Ordinal), observations: Fvc("2022-01-10", 100) + "," + Fvc("2023-01-10", 80)),
            new DateOnly(2023, 6, 1));
        Assert.DoesNotContain(before.Findings, f => f.Mechanism == SscMechanisms.ProgressiveIldOnTherapy);
        var verdict = Assert.Single(before.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.Unknown, verdict.Outcome);
    }

    [Fact]
    public void Autoantibodies_flag_positive_negative_and_untested()
    {
        const string Aca = """{"antibody":"anti-centromere","on":"2020-01-01","positive":true}""";
        const string TopoNegative = """{"antibody":"anti-topoisomerase-i","on":"2020-01-01","positive":false}""";
        var asOf = new DateOnly(2024, 6, 1);
        Assert.Equal(FindingStatus.Supported, Single(VignetteTests.Evaluate(Profile(autoantibodies: Aca), asOf), SscMechanisms.AutoantibodyPhenotype).Status);
        Assert.Equal(FindingStatus.NotSupported, Single(VignetteTests.Evaluate(Profile(autoantibodies: TopoNegative), asOf), SscMechanisms.AutoantibodyPhenotype).Status);
        var untested = Single(VignetteTests.Evaluate(Profile(), asOf), SscMechanisms.AutoantibodyPhenotype);
        Assert.Equal(FindingStatus.Unknown, untested.Status);
        Assert.Equal("$.autoantibodies", untested.Gap!.Path);
    }

    [Fact]
    public void Mechanisms_trace_to_ssc_seed_claims_and_are_in_the_pipeline_catalog()
    {
        foreach (var mechanism in SscMechanisms.All)
        {
            Assert.NotEmpty(mechanism.Claims);
            Assert.All(mechanism.Claims, c => Assert.StartsWith("S", c.Value, StringComparison.Ordinal));
            Assert.NotEmpty(mechanism.Sources);
        }
    }
}
