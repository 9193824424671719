using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>Worked examples for the four progressive ILD definitions (clinical reference section 12.3), boundaries included.</summary>
public sealed class ProgressiveIldTests
{
    private static ProgressiveIldInput Input(string fvcTo, string? dlcoFrom = null, string? dlcoTo = null, string on = "2025-01-01", bool symptoms = false, bool fibrosis = false, bool hb = true) => new()
    {
        Baseline = new LungFunction { On = new DateOnly(2024, 1, 1), Fvc = Pp("80"), Dlco = dlcoFrom is null ? null : Pp(dlcoFrom) },
        FollowUp = new LungFunction { On = DateOnly.Parse(on, CultureInfo.InvariantCulture), Fvc = Pp(fvcTo), Dlco = dlcoTo is null ? null : Pp(dlcoTo) },
        WorsenedRespiratorySymptoms = symptoms,
        IncreasedFibrosisOnHrct = fibrosis,
        DlcoHaemoglobinCorrected = hb,
    };

    private static PercentPredicted Pp(string value) => PercentPredicted.FromPercent(decimal.Parse(value, CultureInfo.InvariantCulture));

    [Theory]
    // FVC 80 → 72: relative decline exactly 10 % (≥ 10 %, not the Breathe table's > 10 %).
    [InlineData("72", false, false, ProgressiveIldOutcome.Progressive)]
    // 80 → 72.08: 9.9 %, no other finding.
    [InlineData("72.08", false, false, ProgressiveIldOutcome.NotProgressive)]
    // 80 → 76: 5 % with worsened symptoms.
    [InlineData("76", true, false, ProgressiveIldOutcome.Progressive)]
    // 80 → 76.08: 4.9 % with worsened symptoms.
    [InlineData("76.08", true, false, ProgressiveIldOutcome.NotProgressive)]
    // 5 % without symptoms or fibrosis.
    [InlineData("76", false, false, ProgressiveIldOutcome.NotProgressive)]
    // No FVC decline, symptoms and fibrosis.
    [InlineData("80", true, true, ProgressiveIldOutcome.Progressive)]
    public void Inbuild(string fvcTo, bool symptoms, bool fibrosis, ProgressiveIldOutcome outcome) =>
        Assert.Equal(outcome, new ProgressiveIldInstrument().Compute(Input(fvcTo, symptoms: symptoms, fibrosis: fibrosis), ProgressiveIldDefinitions.Inbuild2019).Outcome);

    [Theory]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-01-02", false)]
    public void Inbuild_window_is_24_months_inclusive(string on, bool within)
    {
        var result = new ProgressiveIldInstrument().Compute(Input("70", on: on), ProgressiveIldDefinitions.Inbuild2019);

        Assert.Equal(within, result.WithinWindow);
        Assert.Equal(within ? ProgressiveIldOutcome.Progressive : ProgressiveIldOutcome.OutsideWindow, result.Outcome);
    }

    [Theory]
    // Absolute FVC decline 5 points with symptoms: 2 of 3 domains.
    [InlineData("75", null, null, true, false, true, ProgressiveIldOutcome.Progressive)]
    // 4.9 points with symptoms: 1 domain.
    [InlineData("75.1", null, null, true, false, true, ProgressiveIldOutcome.NotProgressive)]
    // Hb-corrected DLCO 60 → 50 (10 points) with fibrosis: 2 domains.
    [InlineData("80", "60", "50", false, true, true, ProgressiveIldOutcome.Progressive)]
    // DLCO 60 → 50.1 (9.9 points) with fibrosis: 1 domain.
    [InlineData("80", "60", "50.1", false, true, true, ProgressiveIldOutcome.NotProgressive)]
    // The same DLCO decline not corrected for haemoglobin does not count.
    [InlineData("80", "60", "50", false, true, false, ProgressiveIldOutcome.NotProgressive)]
    public void Ats_ers_jrs_alat_2022(string fvcTo, string? dlcoFrom, string? dlcoTo, bool symptoms, bool fibrosis, bool hb, ProgressiveIldOutcome outcome)
    {
        var result = new ProgressiveIldInstrument().Compute(Input(fvcTo, dlcoFrom, dlcoTo, "2024-12-01", symptoms, fibrosis, hb), ProgressiveIldDefinitions.AtsErsJrsAlat2022);

        Assert.Equal(outcome, result.Outcome);
        if (!hb)
        {
            Assert.Equal(DlcoUse.NotHaemoglobinCorrected, result.Dlco);
        }
    }

    [Theory]
    // FVC 5 % relative with DLCO 60 → 51 (15 % relative).
    [InlineData("76", "51", "2025-01-01", ProgressiveIldOutcome.Progressive)]
    // DLCO 60 → 51.06 (14.9 %).
    [InlineData("76", "51.06", "2025-01-01", ProgressiveIldOutcome.NotProgressive)]
    // FVC 10 % alone.
    [InlineData("72", "60", "2025-01-01", ProgressiveIldOutcome.Progressive)]
    // 11 months: before the 1–2 year window.
    [InlineData("72", "60", "2024-12-31", ProgressiveIldOutcome.OutsideWindow)]
    public void Ssc_composite(string fvcTo, string dlcoTo, string on, ProgressiveIldOutcome outcome) =>
        Assert.Equal(outcome, new ProgressiveIldInstrument().Compute(Input(fvcTo, "60", dlcoTo, on), ProgressiveIldDefinitions.SscComposite).Outcome);

    [Theory]
    [InlineData("72", ProgressiveIldOutcome.ModerateProgression)]
    [InlineData("71.92", ProgressiveIldOutcome.SignificantProgression)]
    [InlineData("76", ProgressiveIldOutcome.ModerateProgression)]
    [InlineData("76.08", ProgressiveIldOutcome.NotProgressive)]
    public void Eustar_fvc_only(string fvcTo, ProgressiveIldOutcome outcome) =>
        Assert.Equal(outcome, new ProgressiveIldInstrument().Compute(Input(fvcTo), ProgressiveIldDefinitions.EustarFvcOnly2021).Outcome);

    [Theory]
    [InlineData("2024-10-01", true)]
    [InlineData("2024-09-30", false)]
    [InlineData("2025-04-01", true)]
    [InlineData("2025-04-02", false)]
    public void Eustar_window_is_9_to_15_months(string on, bool within) =>
        Assert.Equal(within, new ProgressiveIldInstrument().Compute(Input("70", on: on), ProgressiveIldDefinitions.EustarFvcOnly2021).WithinWindow);

    [Fact]
    public void The_pipeline_default_is_inbuild_and_an_input_may_name_another_definition()
    {
        const string body = "\"baseline\":{\"on\":\"2024-01-01\",\"fvc\":{\"value\":80,\"unit\":\"%\"}},\"followUp\":{\"on\":\"2025-01-01\",\"fvc\":{\"value\":72,\"unit\":\"%\"}}";
        var inbuild = Ssc.Compute(SystemicSclerosisIds.ProgressiveIld, "{" + body + "}");
        var eustar = Ssc.Compute(SystemicSclerosisIds.ProgressiveIld, "{\"definitions\":\"ssc.progressive-ild.eustar-fvc-only-2021\"," + body + "}");
        var selected = new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(ProgressiveIldDefinitions.EustarFvcOnly2021.Id).Build();

        Assert.Equal("progressive", (string)inbuild["outcome"]!);
        Assert.Equal("ssc.progressive-ild.inbuild-2019", (string)inbuild["definitions"]!);
        Assert.Equal("moderate-progression", (string)eustar["outcome"]!);
        Assert.Equal("moderate-progression", (string)Ssc.Compute(SystemicSclerosisIds.ProgressiveIld, "{" + body + "}", selected)["outcome"]!);
    }

    [Fact]
    public void An_unknown_definition_set_is_an_error()
    {
        var diagnostics = Ssc.Diagnostics(SystemicSclerosisIds.ProgressiveIld, "{\"definitions\":\"ssc.progressive-ild.nope\",\"baseline\":{\"on\":\"2024-01-01\",\"fvc\":{\"value\":80,\"unit\":\"%\"}},\"followUp\":{\"on\":\"2025-01-01\",\"fvc\":{\"value\":72,\"unit\":\"%\"}}}");

        Assert.Contains(diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet && d.Path == "$.definitions");
    }
}
