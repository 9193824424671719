using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.SleDas;

// SLE-DAS low disease activity (Assunção 2022): a score of at most 2.48 and prednisone at most 7.5 mg/day. The scores
// below are derived by hand from the registered coefficients: intercept 0.366, hypocomplementaemia 0.754, anti-dsDNA
// 0.956, alopecia 0.973, leukopenia 6.118 - 5.058 ln(leukocytes) below 3 x 10^9/L.
public sealed class SleDasLowDiseaseActivityTests
{
    private static readonly SleDasInstrument Instrument = new();

    // Every item given, nothing present (SleDasUnreportedTests.Complete), with the leukocyte count of the example.
    private static SleDasInput Complete(decimal leukocytes = 6m) => SleDasUnreportedTests.Complete() with { LeukocyteCount = leukocytes };

    [Theory]
    // 0.366 + 6.118 - 5.058 x ln 2.207 (0.791635) = 2.4799 -> 2.48: at the cut-off, in low disease activity.
    [InlineData("2.207", "7.5", "2.48", true)]
    // 0.366 + 6.118 - 5.058 x ln 2.2025 (0.789594) = 2.4902 -> 2.49: above the cut-off.
    [InlineData("2.2025", "0", "2.49", false)]
    // Same score 2.48 with prednisone 7.6 mg/day: above the dose limit.
    [InlineData("2.207", "7.6", "2.48", false)]
    // Prednisone exactly 0 with a score in remission (0.37).
    [InlineData("6", "0", "0.37", true)]
    public void Low_disease_activity_follows_the_score_and_dose_cut_offs(string leukocytes, string prednisone, string score, bool expected)
    {
        var input = Complete(Parse(leukocytes)) with { PrednisoneMilligramsPerDay = Parse(prednisone) };

        var result = Instrument.Compute(input);

        Assert.Equal(Parse(score), result.Score);
        Assert.Equal(expected, result.LowDiseaseActivity);
    }

    [Fact]
    public void Low_disease_activity_can_hold_above_the_remission_cut_off()
    {
        // 0.366 + 0.973 (alopecia) + 0.754 (hypocomplementaemia) = 2.093 -> 2.09: mild activity, yet low disease activity.
        var result = Instrument.Compute(Complete() with { Alopecia = true, Hypocomplementemia = true, PrednisoneMilligramsPerDay = 5m });

        Assert.Equal(2.09m, result.Score);
        Assert.Equal(SleDasCategory.MildActivity, result.Category);
        Assert.True(result.LowDiseaseActivity);
    }

    [Fact]
    public void Without_a_dose_the_state_is_unknown_unless_the_score_rules_it_out()
    {
        Assert.Null(Instrument.Compute(Complete()).LowDiseaseActivity);
        Assert.False(Instrument.Compute(Complete(2.2025m)).LowDiseaseActivity);
    }

    [Fact]
    public void Under_the_unknown_reading_an_unreported_item_leaves_a_low_score_undecided()
    {
        var unknown = new SleDasInput { Definitions = SleDasDefinitions.UnreportedUnknown.Id, ProteinuriaMilligrams = 0m, PlateletCount = 250m, LeukocyteCount = 6m, PrednisoneMilligramsPerDay = 0m };
        var high = unknown with { SwollenJointCount = 2 };

        Assert.Null(Instrument.Compute(unknown).LowDiseaseActivity);

        // 0.366 + 3.132 + 2 x 0.454 = 4.406 -> 4.41: a lower bound already above 2.48.
        Assert.False(Instrument.Compute(high).LowDiseaseActivity);
    }

    [Fact]
    public void The_dose_is_read_from_json_and_the_state_written()
    {
        var pipeline = AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex.DamageWorkedExamples.Pipeline;
        var json = """{"proteinuriaMilligrams":0,"plateletCount":250,"leukocyteCount":6,"prednisoneMilligramsPerDay":7.5}""";

        var computation = pipeline.ComputeInstrument(LupusIds.SleDas, Encoding.UTF8.GetBytes(json));

        Assert.False(computation.HasErrors, string.Join("; ", computation.Diagnostics.Select(d => d.Message)));
        using var result = JsonDocument.Parse(computation.ResultText()!);
        Assert.True(result.RootElement.GetProperty("lowDiseaseActivity").GetBoolean());
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("2000.5")]
    public void A_dose_out_of_range_is_rejected_with_its_path(string dose)
    {
        var computation = Instrument.Validate(Complete() with { PrednisoneMilligramsPerDay = Parse(dose) });

        var error = Assert.Single(computation, d => d.Code == SleDasDiagnosticCodes.PrednisoneOutOfRange);
        Assert.Equal("$.prednisoneMilligramsPerDay", error.Path);
    }

    [Fact]
    public void The_cut_offs_are_pinned_and_validated()
    {
        Assert.Equal(2.48m, SleDasDefinitions.Default.LowDiseaseActivityAtMost);
        Assert.Equal(7.5m, SleDasDefinitions.Default.LowDiseaseActivityPrednisoneAtMost);
        Assert.Contains(SleDasCitations.Assuncao2022, SleDasDefinitions.Default.Sources);
        Assert.NotEmpty((SleDasDefinitions.Default with { LowDiseaseActivityAtMost = -1m }).Validate());
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
