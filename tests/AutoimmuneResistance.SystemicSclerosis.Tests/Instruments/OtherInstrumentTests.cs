using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>Worked examples for the glucocorticoid renal-crisis flag (Steen 1998; French recommendations), disease duration and autoantibody flags.</summary>
public sealed class OtherInstrumentTests
{
    private static RenalCrisisGlucocorticoidInput Exposure(string from, string? to, string dose) => new()
    {
        On = new DateOnly(2024, 7, 1),
        Exposures =
        [
            new GlucocorticoidExposurePeriod
            {
                From = DateOnly.Parse(from, CultureInfo.InvariantCulture),
                To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
                PrednisoneEquivalentMgPerDay = decimal.Parse(dose, CultureInfo.InvariantCulture),
            },
        ],
    };

    [Theory]
    // Steen 1998: ≥ 15 mg/day in the 6 months before 2024-07-01 (window from 2024-01-01).
    [InlineData("2023-06-01", "2024-01-01", "15", true)]
    [InlineData("2023-06-01", "2023-12-31", "15", false)]
    [InlineData("2024-03-01", null, "14.9", false)]
    [InlineData("2024-03-01", null, "15.1", true)]
    public void Steen_1998_flags_15_mg_or_more_in_6_months(string from, string? to, string dose, bool flagged) =>
        Assert.Equal(flagged, new RenalCrisisGlucocorticoidRisk().Compute(Exposure(from, to, dose), RenalCrisisGlucocorticoidDefinitions.Steen1998).Flagged);

    [Theory]
    // French recommendations: > 15 mg/day within 3 months (window from 2024-04-01).
    [InlineData("2024-05-01", null, "15", false)]
    [InlineData("2024-05-01", null, "15.5", true)]
    [InlineData("2024-01-01", "2024-03-31", "40", false)]
    [InlineData("2024-01-01", "2024-04-01", "40", true)]
    public void French_recommendations_flag_above_15_mg_in_3_months(string from, string? to, string dose, bool flagged) =>
        Assert.Equal(flagged, new RenalCrisisGlucocorticoidRisk().Compute(Exposure(from, to, dose), RenalCrisisGlucocorticoidDefinitions.FrenchPnds2021).Flagged);

    [Fact]
    public void The_renal_crisis_result_reports_the_window_and_maximum_dose()
    {
        var result = Ssc.Compute(SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk, """
            {"on":"2024-07-01","exposures":[{"from":"2024-02-01","to":"2024-03-01","prednisoneEquivalentMgPerDay":20},{"from":"2024-03-02","prednisoneEquivalentMgPerDay":5}]}
            """);

        Assert.True((bool)result["flagged"]!);
        Assert.Equal("2024-01-01", (string)result["windowStart"]!);
        Assert.Equal(20m, (decimal)result["maximumDoseInWindow"]!);
        Assert.Equal("ssc.renal-crisis-gc.steen-1998", (string)result["definitions"]!);
    }

    [Theory]
    // Default: early below 60 completed months from the first non-Raynaud manifestation (2019-07-01).
    [InlineData("2024-06-30", "ssc.early-diffuse.below-60-months", 59, true)]
    [InlineData("2024-07-01", "ssc.early-diffuse.below-60-months", 60, false)]
    [InlineData("2021-07-01", "ssc.early-diffuse.below-60-months", 24, true)]
    // PRESS: at most 24 months.
    [InlineData("2021-07-01", "ssc.early-diffuse.press-24-months", 24, true)]
    [InlineData("2021-08-01", "ssc.early-diffuse.press-24-months", 25, false)]
    [InlineData("2021-06-30", "ssc.early-diffuse.press-24-months", 23, true)]
    // Pittsburgh: fewer than 18 months.
    [InlineData("2020-12-31", "ssc.early-diffuse.pittsburgh-18-months", 17, true)]
    [InlineData("2021-01-01", "ssc.early-diffuse.pittsburgh-18-months", 18, false)]
    public void Early_diffuse_cut_offs(string on, string definitions, int months, bool early)
    {
        var result = Ssc.Compute(SystemicSclerosisIds.DiseaseDuration, $$"""{"definitions":"{{definitions}}","firstNonRaynaudManifestation":"2019-07-01","on":"{{on}}","subset":"diffuse"}""");

        Assert.Equal(months, (int)result["months"]!);
        Assert.Equal(early, (bool)result["earlyDiffuse"]!);
        Assert.Equal(!early, (bool)result["lateDiffuse"]!);
    }

    [Fact]
    public void Limited_disease_is_neither_early_nor_late_diffuse()
    {
        var result = new DiseaseDurationInstrument().Compute(
            new DiseaseDurationInput { FirstNonRaynaudManifestation = new DateOnly(2023, 1, 1), On = new DateOnly(2024, 1, 1), Subset = CutaneousSubset.Limited },
            EarlyDiffuseDefinitions.Below60Months);

        Assert.True(result.WithinEarlyCutOff);
        Assert.False(result.EarlyDiffuse);
        Assert.False(result.LateDiffuse);
    }

    [Fact]
    public void Autoantibody_flags_carry_their_associations_and_citations()
    {
        var result = new AutoantibodyPhenotypeInstrument().Compute(new AutoantibodyPhenotypeInput { Positive = [SscAutoantibody.AntiCentromere, SscAutoantibody.AntiRnaPolymeraseIII] });

        Assert.Equal([SscAutoantibody.AntiRnaPolymeraseIII, SscAutoantibody.AntiCentromere], result.Flags.Select(f => f.Autoantibody));
        Assert.Contains(SscPhenotype.RenalCrisis, result.Flags[0].Associations);
        Assert.Contains(SscPhenotype.PulmonaryArterialHypertension, result.Flags[1].Associations);
        Assert.All(result.Flags, f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void Anti_topoisomerase_i_flags_ild_through_json()
    {
        var result = Ssc.Compute(SystemicSclerosisIds.AutoantibodyPhenotype, """{"positive":["anti-topoisomerase-i"]}""");

        var flag = result["flags"]![0]!;
        Assert.Equal("anti-topoisomerase-i", (string)flag["autoantibody"]!);
        Assert.Contains("interstitial-lung-disease", flag["associations"]!.AsArray().Select(a => (string)a!));
    }
}
