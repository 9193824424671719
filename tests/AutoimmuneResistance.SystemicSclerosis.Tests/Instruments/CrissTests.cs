using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>
/// Worked examples for the ACR CRISS (Khanna 2016, Arthritis Care Res Table 4), computed by hand:
/// L = −5.54 − 0.81·ΔmRSS + 0.21·ΔFVC − 0.40·ΔPt − 0.44·ΔMD − 3.41·ΔHAQ; P = exp(L)/(1 + exp(L)).
/// </summary>
public sealed class CrissTests
{
    private static readonly CrissInstrument Instrument = new();

    internal static CrissMeasures Measures(int mrss, decimal fvc, decimal pt, decimal md, decimal haq) => new()
    {
        Mrss = mrss,
        Fvc = PercentPredicted.FromPercent(fvc),
        PatientGlobal = pt,
        PhysicianGlobal = md,
        HaqDi = haq,
    };

    [Fact]
    public void No_change_gives_the_intercept_probability_0_0039()
    {
        var m = Measures(20, 80m, 5m, 5m, 1m);
        var result = Instrument.Compute(new CrissInput { Baseline = m, FollowUp = m });

        Assert.Equal(-5.54m, result.LinearPredictor);
        Assert.Equal(0.0039, Math.Round(result.Probability, 4));
        Assert.False(result.Improved);
        Assert.Equal(5, result.Terms.Length);
    }

    [Fact]
    public void A_large_improvement_gives_L_6_365_and_probability_0_9983()
    {
        // ΔmRSS −10 (+8.10), ΔFVC +2 (+0.42), ΔPt −2 (+0.80), ΔMD −2 (+0.88), ΔHAQ −0.5 (+1.705): L = 6.365.
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = Measures(25, 78m, 6m, 6m, 1.5m),
            FollowUp = Measures(15, 80m, 4m, 4m, 1.0m),
        });

        Assert.Equal(6.365m, result.LinearPredictor);
        Assert.Equal(0.9983, Math.Round(result.Probability, 4));
        Assert.True(result.Improved);
        Assert.Equal(8.10m, result.Terms.Single(t => t.Measure == CrissMeasure.Mrss).Contribution);
    }

    [Fact]
    public void The_same_example_through_json_names_the_definition_set()
    {
        var result = Ssc.Compute(SystemicSclerosisIds.Criss, """
            {"baseline":{"mrss":25,"fvc":{"value":78,"unit":"%"},"patientGlobal":6,"physicianGlobal":6,"haqDi":1.5},
             "followUp":{"mrss":15,"fvc":{"value":80,"unit":"%"},"patientGlobal":4,"physicianGlobal":4,"haqDi":1.0}}
            """);

        Assert.Equal(6.365m, (decimal)result["linearPredictor"]!);
        Assert.Equal("ssc.criss.acr-2016", (string)result["definitions"]!);
        Assert.True((bool)result["revised"]!["provisional"]!);
    }

    [Theory]
    // FVC 80 → 68: relative decline exactly 15 %, below 80 %, confirmed, ILD on HRCT: Step 1.
    [InlineData("68", true, true, true)]
    // 80 → 68.08: 14.9 %: not Step 1.
    [InlineData("68.08", true, true, false)]
    // 15 % but not confirmed within a month: not Step 1.
    [InlineData("68", false, true, false)]
    // 15 % but ILD not confirmed on HRCT: not Step 1.
    [InlineData("68", true, false, false)]
    public void The_fvc_rule_needs_every_part(string followUpFvc, bool confirmed, bool hrct, bool step1)
    {
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = Measures(20, 80m, 5m, 5m, 1m),
            FollowUp = Measures(10, decimal.Parse(followUpFvc, CultureInfo.InvariantCulture), 2m, 2m, 0.5m),
            FvcDeclineConfirmed = confirmed,
            IldConfirmedOnHrct = hrct,
        });

        Assert.Equal(step1, result.Step1NotImproved);
        Assert.Equal(step1, result.Step1Events.Contains(CrissStep1Event.FvcDecline));
        if (step1)
        {
            Assert.Equal(0d, result.Probability);
            Assert.False(result.Improved);
        }
    }

    [Fact]
    public void The_fvc_rule_needs_fvc_below_80()
    {
        // 100 → 85: 15 % relative decline, but 85 is not below 80.
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = Measures(20, 100m, 5m, 5m, 1m),
            FollowUp = Measures(20, 85m, 5m, 5m, 1m),
            FvcDeclineConfirmed = true,
            IldConfirmedOnHrct = true,
        });

        Assert.False(result.Step1NotImproved);
        Assert.Equal(15m, result.FvcRelativeDeclinePercent);
    }

    [Theory]
    [InlineData("45", true, true)]
    [InlineData("46", true, false)]
    [InlineData("30", false, false)]
    public void Left_ventricular_failure_counts_at_lvef_45_or_below_when_treated(string lvef, bool treated, bool step1)
    {
        var m = Measures(20, 80m, 5m, 5m, 1m);
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = m,
            FollowUp = m,
            NewLeftVentricularFailure = new CrissLeftVentricularFailure { EjectionFractionPercent = decimal.Parse(lvef, CultureInfo.InvariantCulture), RequiresTreatment = treated },
        });

        Assert.Equal(step1, result.Step1NotImproved);
    }

    [Theory]
    [InlineData("25", "15", "3.01", true)]
    [InlineData("24.9", "15", "4", false)]
    [InlineData("30", "15.1", "4", false)]
    [InlineData("30", "12", "3", false)]
    public void Pah_counts_with_mpap_25_or_more_pawp_15_or_less_and_pvr_above_3(string mpap, string pawp, string pvr, bool step1)
    {
        var m = Measures(20, 80m, 5m, 5m, 1m);
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = m,
            FollowUp = m,
            NewPulmonaryArterialHypertension = new CrissRightHeartCatheterisation
            {
                MeanPulmonaryArteryPressure = decimal.Parse(mpap, CultureInfo.InvariantCulture),
                WedgePressure = decimal.Parse(pawp, CultureInfo.InvariantCulture),
                VascularResistance = decimal.Parse(pvr, CultureInfo.InvariantCulture),
                RequiresTreatment = true,
            },
        });

        Assert.Equal(step1, result.Step1NotImproved);
    }

    [Fact]
    public void New_renal_crisis_forces_probability_0_whatever_the_changes()
    {
        var result = Instrument.Compute(new CrissInput
        {
            Baseline = Measures(30, 70m, 8m, 8m, 2m),
            FollowUp = Measures(5, 90m, 1m, 1m, 0m),
            NewRenalCrisis = true,
        });

        Assert.Equal(0d, result.Probability);
        Assert.True(result.LinearPredictor > 20m);
        Assert.False(result.Revised.Improved);
        Assert.True(result.Revised.Step1Applied);
    }

    [Fact]
    public void Revised_criss_counts_measures_improving_by_20_percent_and_fvc_by_5_with_the_scale_a_setting()
    {
        // mRSS 20 → 16 (20 %), HAQ 1.0 → 0.8 (20 %), Pt 5 → 4.5 (10 %), MD 5 → 4.5 (10 %), FVC 80 → 84 (+5 % relative,
        // +4 points absolute): 3 of 5 with a relative FVC scale, 2 of 5 with an absolute one.
        var input = new CrissInput { Baseline = Measures(20, 80m, 5m, 5m, 1.0m), FollowUp = Measures(16, 84m, 4.5m, 4.5m, 0.8m) };

        var relative = new CrissInstrument().Compute(input, CrissDefinitions.Acr2016).Revised;
        var absolute = new CrissInstrument().Compute(input, CrissDefinitions.Acr2016RevisedAbsoluteFvc).Revised;

        Assert.True(relative.Provisional);
        Assert.Equal(3, relative.MeasuresImproved);
        Assert.True(relative.Improved);
        Assert.Equal(2, absolute.MeasuresImproved);
        Assert.False(absolute.Improved);
    }

    [Fact]
    public void A_global_assessment_above_10_is_an_error()
    {
        var diagnostics = Ssc.Diagnostics(SystemicSclerosisIds.Criss, """
            {"baseline":{"mrss":25,"fvc":{"value":78,"unit":"%"},"patientGlobal":10.5,"physicianGlobal":6,"haqDi":1.5},
             "followUp":{"mrss":15,"fvc":{"value":80,"unit":"%"},"patientGlobal":4,"physicianGlobal":4,"haqDi":3.01}}
            """);

        Assert.Contains(diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.CrissGlobalOutOfRange && d.Path == "$.baseline.patientGlobal");
        Assert.Contains(diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.CrissHaqOutOfRange && d.Path == "$.followUp.haqDi");
    }
}
