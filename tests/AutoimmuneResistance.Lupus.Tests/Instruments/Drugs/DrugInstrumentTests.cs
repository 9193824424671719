namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class DrugInstrumentTests
{
    public static TheoryData<string, string> HydroxychloroquineCases => TargetWorkedExamples.Cases("hydroxychloroquine");

    public static TheoryData<string, string> GlucocorticoidCases => TargetWorkedExamples.Cases("glucocorticoids");

    [Theory]
    [MemberData(nameof(HydroxychloroquineCases))]
    public void Hydroxychloroquine_worked_examples(string file, string name) => TargetWorkedExamples.Run("hydroxychloroquine", file, name);

    [Theory]
    [MemberData(nameof(GlucocorticoidCases))]
    public void Glucocorticoid_exposure_worked_examples(string file, string name) => TargetWorkedExamples.Run("glucocorticoids", file, name);

    [Fact]
    public void An_unknown_route_can_be_excluded_instead()
    {
        var exclude = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("sle.treat-to-target.test-exclude"), UnknownRoute = UnknownGlucocorticoidRoute.Exclude };
        var input = new GlucocorticoidExposureInput
        {
            From = new DateOnly(2024, 1, 1),
            To = new DateOnly(2024, 1, 10),
            Courses = [new TherapyCourse { Therapy = TherapyId.Prednisolone, Class = TherapyClass.Glucocorticoid, Regimen = DoseRegimen.Daily(Dose.Milligrams(5m)), Start = new DateOnly(2023, 1, 1) }],
        };
        var result = new GlucocorticoidExposureInstrument().Compute(input, exclude);
        Assert.Equal(0m, result.CumulativeMilligrams);
        Assert.Equal(GlucocorticoidCourseUseKind.UnknownRouteExcluded, Assert.Single(result.Courses).Use);
        Assert.False(result.Incomplete);
    }

    [Fact]
    public void Severe_threshold_extrapolation_can_be_switched_off()
    {
        var noExtrapolation = HydroxychloroquineDefinitions.Default with { Id = DefinitionSetId.Create("sle.hydroxychloroquine.test-no-extrapolation"), ExtrapolateSevereThreshold = false };
        var input = new HydroxychloroquineInput
        {
            On = new DateOnly(2024, 3, 1),
            Courses = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Regimen = DoseRegimen.Daily(Dose.Milligrams(300m)), Start = new DateOnly(2023, 1, 1) }],
            Levels = [new DrugLevel { On = new DateOnly(2024, 1, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.Serum, Level = Concentration.NanogramsPerMilliliter(70m) }],
        };
        var level = Assert.Single(new HydroxychloroquineInstrument().Compute(input, noExtrapolation).Levels);
        Assert.Equal(CriterionState.Unknown, level.Checks.Single(c => c.Id == "hcq.level.severe-non-adherence").State);
        Assert.Equal(HydroxychloroquineLevelCategory.NonAdherent, level.Category);
        Assert.True(level.SevereThresholdExtrapolated);
    }

    // The level criteria print the limits they compare with: a tuned set must not be described with the published numbers.
    [Theory]
    [InlineData(SampleMatrix.WholeBlood, "hcq.level.non-adherence", "whole blood < 250 ng/mL")]
    [InlineData(SampleMatrix.Serum, "hcq.level.non-adherence", "serum < 120 ng/mL")]
    [InlineData(SampleMatrix.WholeBlood, "hcq.level.undetectable", "< 15 ng/mL")]
    [InlineData(SampleMatrix.Serum, "hcq.level.undetectable", "< 15 ng/mL")]
    public void Level_criteria_describe_the_selected_limits(SampleMatrix matrix, string criterion, string expected)
    {
        var tuned = HydroxychloroquineDefinitions.Default with
        {
            Id = DefinitionSetId.Create("sle.hydroxychloroquine.test-tuned"),
            WholeBloodNonAdherenceBelow = 250m,
            SerumNonAdherenceBelow = 120m,
            UndetectableBelow = 15m,
        };
        var input = new HydroxychloroquineInput
        {
            On = new DateOnly(2024, 3, 1),
            Courses = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Regimen = DoseRegimen.Daily(Dose.Milligrams(400m)), Start = new DateOnly(2023, 1, 1) }],
            Levels = [new DrugLevel { On = new DateOnly(2024, 1, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = matrix, Level = Concentration.NanogramsPerMilliliter(300m) }],
        };

        var check = Assert.Single(new HydroxychloroquineInstrument().Compute(input, tuned).Levels).Checks.Single(c => c.Id == criterion);

        Assert.Contains(expected, check.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Hydroxychloroquine_definitions_are_registered_and_valid()
    {
        Assert.Equal(HydroxychloroquineDefinitions.Default, TargetWorkedExamples.Pipeline.Definitions.Get<HydroxychloroquineDefinitions>());
        Assert.Empty(HydroxychloroquineDefinitions.Default.Validate());
        Assert.Equal(53m, HydroxychloroquineDefinitions.Default.SevereThresholdFor(200m));
        Assert.Equal(106m, HydroxychloroquineDefinitions.Default.SevereThresholdFor(400m));
    }
}
