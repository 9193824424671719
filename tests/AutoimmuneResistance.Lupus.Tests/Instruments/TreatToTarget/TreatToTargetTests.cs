namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class TreatToTargetTests
{
    public static TheoryData<string, string> LldasCases => TargetWorkedExamples.Cases("lldas");

    public static TheoryData<string, string> DorisCases => TargetWorkedExamples.Cases("doris");

    [Theory]
    [MemberData(nameof(LldasCases))]
    public void Lldas_worked_examples(string file, string name) => TargetWorkedExamples.Run("lldas", file, name);

    [Theory]
    [MemberData(nameof(DorisCases))]
    public void Doris_worked_examples(string file, string name) => TargetWorkedExamples.Run("doris", file, name);

    [Fact]
    public void Both_instruments_and_both_definition_variants_are_registered()
    {
        var pipeline = TargetWorkedExamples.Pipeline;
        Assert.Contains(pipeline.Instruments, i => i.Id == LupusIds.Lldas);
        Assert.Contains(pipeline.Instruments, i => i.Id == LupusIds.DorisRemission);
        Assert.Equal(TreatToTargetDefinitions.Default, pipeline.Definitions.Get<TreatToTargetDefinitions>());
        var strict = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(TreatToTargetDefinitions.DorisStrict.Id).Build();
        Assert.Equal(ComparisonOperator.LessThan, strict.Definitions.Get<TreatToTargetDefinitions>().DorisPrednisoneOperator);
    }

    [Fact]
    public void Evaluate_applies_a_tuned_definition_set()
    {
        var tuned = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("sle.treat-to-target.test-tuned"), LldasMaxPrednisoneMilligramsPerDay = 5m };
        var input = new LldasInput { PrednisoneEquivalent = Dose.Milligrams(7.5m) };
        var result = LldasInstrument.Evaluate(input, tuned);
        Assert.Equal(CriterionState.NotMet, result.State);
        Assert.Equal("sle.treat-to-target.test-tuned", result.Definitions.Value);
    }

    [Fact]
    public void Evaluate_throws_with_paths_for_an_invalid_input()
    {
        var input = new DorisRemissionInput { PhysicianGlobalAssessment = -1m };
        var error = Assert.Throws<ArgumentException>(() => DorisRemissionInstrument.Evaluate(input, TreatToTargetDefinitions.Default));
        Assert.Contains("$.physicianGlobalAssessment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_rejected_by_the_json_contract()
    {
        var computation = TargetWorkedExamples.Pipeline.ComputeInstrument(LupusIds.Lldas, """{"pga": 1}"""u8);
        Assert.True(computation.HasErrors);
        Assert.Contains(computation.Diagnostics, d => d.Code == DiagnosticCodes.UnknownProperty);
    }

    [Fact]
    public void Definition_sets_validate()
    {
        Assert.Empty(TreatToTargetDefinitions.Default.Validate());
        Assert.Empty(TreatToTargetDefinitions.DorisStrict.Validate());
        var broken = TreatToTargetDefinitions.Default with { DorisPrednisoneOperator = ComparisonOperator.GreaterThan, BridgingPeriodMonths = -1 };
        Assert.Equal(2, broken.Validate().Count);
    }
}
