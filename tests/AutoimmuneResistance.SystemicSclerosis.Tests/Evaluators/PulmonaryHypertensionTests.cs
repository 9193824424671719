using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of the pulmonary hypertension rule at its boundaries, by hand: mean pulmonary arterial pressure at
// rest above 20 mmHg under the 2022 ESC/ERS guidelines (default), at least 25 mmHg under the 2015 ones; above 25 mmHg
// autologous stem-cell transplantation is contraindicated under the standard protocols (EBMT 2017).
public sealed class PulmonaryHypertensionTests
{
    private static readonly ResistancePipeline Esc2015 =
        new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(PulmonaryHypertensionDefinitions.EscErs2015.Id).Build();

    internal static string Rhc(decimal mpap, string on = "2023-06-01", string unit = "mm[Hg]") =>
        "{\"on\":\"" + on + "\",\"meanPulmonaryArterialPressure\":{\"value\":" + mpap.ToString(CultureInfo.InvariantCulture) + ",\"unit\":\"" + unit + "\"}}";

    private static Finding? Finding(ResistanceAssessment assessment) =>
        assessment.Findings.SingleOrDefault(f => f.Mechanism == SscMechanisms.PulmonaryHypertension);

    [Theory]
    [InlineData(20, FindingStatus.NotSupported)] // exactly 20: not above 20
    [InlineData(20.5, FindingStatus.Supported)] // above 20
    [InlineData(21, FindingStatus.Supported)]
    public void The_2022_definition_is_a_mean_pressure_above_20_mmHg(decimal mpap, FindingStatus expected)
    {
        var finding = Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Rhc = Rhc(mpap) }))!;

        Assert.Equal(expected, finding.Status);
        Assert.Equal(mpap, finding.Thresholds[0].Observed);
        Assert.Equal(20m, finding.Thresholds[0].Limit);
        Assert.Equal(ComparisonOperator.GreaterThan, finding.Thresholds[0].Operator);
        Assert.Equal(QuantityUnit.MillimeterOfMercury, finding.Thresholds[0].Unit);
        Assert.Equal(["$.diagnoses[0].features.rightHeartCatheterisations[0]"], finding.Facts.ToArray());
        Assert.Contains(finding.Citations, c => c.Doi == "10.1093/eurheartj/ehac237");
    }

    [Theory]
    [InlineData(24, FindingStatus.NotSupported)] // below 25
    [InlineData(25, FindingStatus.Supported)] // at least 25
    public void The_2015_definition_is_a_mean_pressure_of_at_least_25_mmHg(decimal mpap, FindingStatus expected)
    {
        var finding = Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Rhc = Rhc(mpap) }, Esc2015))!;

        Assert.Equal(expected, finding.Status);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, finding.Thresholds[0].Operator);
        Assert.Contains(finding.Citations, c => c.Doi == "10.1093/eurheartj/ehv317");
    }

    [Theory]
    [InlineData(25, false)] // 25 is not above 25
    [InlineData(26, true)]
    public void A_mean_pressure_above_25_mmHg_contraindicates_transplantation(decimal mpap, bool excludes)
    {
        var finding = Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Rhc = Rhc(mpap) }))!;

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal(excludes, finding.Thresholds[1].IsMet);
        Assert.Equal(excludes, finding.Summary.Contains("contraindicates autologous stem-cell transplantation", StringComparison.Ordinal));
        Assert.Contains("a low or falling DLCO need not be fibrosis or activity", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_catheterisation_decides_and_a_later_one_after_the_assessment_date_is_ignored()
    {
        var c = new DamageVersusActivityTests.Case { Rhc = Rhc(30, "2021-01-01") + "," + Rhc(18, "2023-06-01") + "," + Rhc(40, "2024-06-01") };
        var finding = Finding(DamageVersusActivityTests.Evaluate(c))!;

        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Equal(18m, finding.Thresholds[0].Observed);
        Assert.Equal(["$.diagnoses[0].features.rightHeartCatheterisations[1]"], finding.Facts.ToArray());
    }

    [Fact]
    public void A_pressure_not_in_mmHg_is_unknown_and_no_catheterisation_is_silent()
    {
        var unknown = Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Rhc = Rhc(3, unit: "%") }))!;

        Assert.Equal(FindingStatus.Unknown, unknown.Status);
        Assert.Equal("mean pulmonary arterial pressure at rest in mmHg", unknown.Gap!.Datum);
        Assert.Null(Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case())));
    }
}

// The new ssc.features fields round-trip, and a profile without them is written exactly as before (no empty array).
public sealed class SscFeaturesInterferenceFieldsTests
{
    [Fact]
    public void The_new_fields_round_trip_and_are_absent_when_not_recorded()
    {
        var without = new DamageVersusActivityTests.Case();
        var with = without with { Ild = "true", Calprotectin = "false", Rhc = PulmonaryHypertensionTests.Rhc(22.5m) };

        var plain = Ssc.Pipeline.Json.Serialize(Ssc.Pipeline.Json.ReadProfile(without.Json()).Profile!);
        Assert.DoesNotContain("rightHeartCatheterisations", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("interstitialLungDisease", plain, StringComparison.Ordinal);

        var read = Ssc.Pipeline.Json.ReadProfile(with.Json());
        var again = Ssc.Pipeline.Json.ReadProfile(Ssc.Pipeline.Json.Serialize(read.Profile!));
        var features = Assert.IsType<SscFeatures>(again.Profile!.Diagnoses[0].Features);
        Assert.True(features.InterstitialLungDisease);
        Assert.False(features.FaecalCalprotectinRaised);
        var rhc = Assert.Single(features.RightHeartCatheterisations!.Value);
        Assert.Equal(new DateOnly(2023, 6, 1), rhc.On);
        Assert.Equal(Quantity.Create(22.5m, QuantityUnit.MillimeterOfMercury), rhc.MeanPulmonaryArterialPressure);
    }
}
