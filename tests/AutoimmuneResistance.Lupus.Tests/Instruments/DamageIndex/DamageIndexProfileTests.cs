namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

public sealed class DamageIndexProfileTests
{
    private static readonly ResistancePipeline Pipeline = DamageWorkedExamples.Pipeline;

    private static string Profile(string assessments) => $$"""
        {
          "schemaVersion": 1,
          "subject": "p1",
          "assessments": [{{assessments}}]
        }
        """;

    [Fact]
    public void A_damage_assessment_lives_on_a_profile_and_round_trips()
    {
        var read = Pipeline.Json.ReadProfile(Profile("""{"$kind":"sle.slicc-acr-damage-index","on":"2024-06-30","sleOnset":"2015-01-01","items":[{"item":"cataract","since":"2016-01-01"},{"item":"malignancy","count":2}]}"""));

        Assert.True(read.Profile is not null, string.Join("\n", read.Diagnostics));
        var assessment = Assert.IsType<DamageIndexAssessment>(Assert.Single(read.Profile.Assessments));
        Assert.Equal(3, new SliccDamageIndex().Compute(assessment.ToInput()).Total);
        var again = Pipeline.Json.ReadProfile(Pipeline.Json.Serialize(read.Profile));
        Assert.Equal(Pipeline.Json.Serialize(read.Profile), Pipeline.Json.Serialize(again.Profile!));
    }

    [Fact]
    public void Profile_validation_reports_instrument_problems_under_the_assessment_path()
    {
        var read = Pipeline.Json.ReadProfile(Profile("""{"$kind":"sle.slicc-acr-damage-index","on":"2024-06-30","items":[{"item":"diabetes"},{"item":"diabetes"}]}"""));

        var diagnostics = Pipeline.Validate(read.Profile!);

        var error = Assert.Single(diagnostics, d => d.Code == LupusDiagnosticCodes.DamageItemDuplicated);
        Assert.Equal("$.assessments[0].items[1].item", error.Path);
    }

    [Fact]
    public void A_later_assessment_with_less_damage_is_warned_about()
    {
        var read = Pipeline.Json.ReadProfile(Profile("""
            {"$kind":"sle.slicc-acr-damage-index","on":"2024-06-30","items":[{"item":"diabetes"}]},
            {"$kind":"sle.slicc-acr-damage-index","on":"2022-06-30","items":[{"item":"diabetes"},{"item":"cataract"}]},
            {"$kind":"sle.slicc-acr-damage-index","on":"2023-06-30","items":[{"item":"diabetes"},{"item":"cataract"},{"item":"malignancy"}]}
            """));

        var diagnostics = Pipeline.Validate(read.Profile!).Where(d => d.Code == LupusDiagnosticCodes.DamageDecreased).ToList();

        // 2022: 2, 2023: 3, 2024: 1 -> only the 2024 assessment (index 0) is lower than an earlier one.
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.assessments[0]", warning.Path);
    }

    [Fact]
    public void Non_decreasing_assessments_raise_no_warning()
    {
        var read = Pipeline.Json.ReadProfile(Profile("""
            {"$kind":"sle.slicc-acr-damage-index","on":"2022-06-30","items":[{"item":"diabetes"}]},
            {"$kind":"sle.slicc-acr-damage-index","on":"2023-06-30","items":[{"item":"diabetes"}]},
            {"$kind":"sle.slicc-acr-damage-index","on":"2024-06-30","items":[{"item":"diabetes"},{"item":"cataract"}]}
            """));

        Assert.DoesNotContain(Pipeline.Validate(read.Profile!), d => d.Code.StartsWith("AIR22", StringComparison.Ordinal));
    }
}
