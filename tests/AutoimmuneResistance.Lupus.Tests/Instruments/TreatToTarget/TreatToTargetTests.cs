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
        var result = new LldasInstrument().Compute(input, tuned);
        Assert.Equal(CriterionState.NotMet, result.State);
        Assert.Equal("sle.treat-to-target.test-tuned", result.Definitions.Value);
    }

    [Fact]
    public void Lldas_descriptions_print_the_thresholds_of_a_tuned_set()
    {
        var tuned = TreatToTargetDefinitions.Default with
        {
            Id = DefinitionSetId.Create("sle.treat-to-target.test-tuned-texts"),
            LldasMaxSledai2k = 2m,
            LldasMaxPhysicianGlobalAssessment = 0.50m,
            LldasMaxPrednisoneMilligramsPerDay = 5m,
        };
        var input = new LldasInput { PhysicianGlobalAssessment = 1m, PrednisoneEquivalent = Dose.Milligrams(6m) };

        // The default first, then the tuned set, then the default again: the cached texts follow the set applied.
        foreach (var (definitions, sledai, pga, prednisone) in new[] { (TreatToTargetDefinitions.Default, "4", "1", "7.5"), (tuned, "2", "0.5", "5"), (TreatToTargetDefinitions.Default, "4", "1", "7.5") })
        {
            var criteria = new LldasInstrument().Compute(input, definitions).Criteria.ToDictionary(c => c.Id, c => c.Description);
            Assert.Equal($"SLEDAI-2K total <= {sledai} (Franklyn 2016, criterion 1)", criteria["lldas.sledai-2k"]);
            Assert.Equal($"physician global assessment (0-3) <= {pga} (Franklyn 2016, criterion 3)", criteria["lldas.physician-global-assessment"]);
            Assert.Equal($"current prednisolone (or equivalent) <= {prednisone} mg/day (Franklyn 2016, criterion 4)", criteria["lldas.prednisone-equivalent"]);
        }
    }

    [Fact]
    public void Doris_descriptions_print_the_thresholds_and_operators_of_a_tuned_set()
    {
        var tuned = TreatToTargetDefinitions.DorisStrict with
        {
            Id = DefinitionSetId.Create("sle.treat-to-target.test-tuned-doris-texts"),
            DorisClinicalSledai2k = 2m,
            DorisPhysicianGlobalAssessmentBelow = 1m,
            DorisPrednisoneMilligramsPerDay = 7.5m,
        };
        var input = new DorisRemissionInput { PhysicianGlobalAssessment = 0.75m, PrednisoneEquivalent = Dose.Milligrams(6m) };

        var result = new DorisRemissionInstrument().Compute(input, tuned);

        var criteria = result.Criteria.ToDictionary(c => c.Id);
        Assert.Equal("clinical SLEDAI-2K (without low complement and anti-dsDNA) = 2 (van Vollenhoven 2021)", criteria["doris.clinical-sledai-2k"].Description);
        Assert.Equal("physician global assessment (0-3) < 1 (van Vollenhoven 2021)", criteria["doris.physician-global-assessment"].Description);
        Assert.Equal((ComparisonOperator.LessThan, 1m, CriterionState.Met), (criteria["doris.physician-global-assessment"].Operator, criteria["doris.physician-global-assessment"].Threshold, criteria["doris.physician-global-assessment"].State));
        Assert.Equal("prednisolone (or equivalent) < 7.5 mg/day (van Vollenhoven 2021, Table 2 wording)", criteria["doris.prednisone-equivalent"].Description);

        var published = new DorisRemissionInstrument().Compute(input, TreatToTargetDefinitions.Default).Criteria.ToDictionary(c => c.Id, c => c.Description);
        Assert.Equal("clinical SLEDAI-2K (without low complement and anti-dsDNA) = 0 (van Vollenhoven 2021)", published["doris.clinical-sledai-2k"]);
        Assert.Equal("physician global assessment (0-3) < 0.5 (van Vollenhoven 2021)", published["doris.physician-global-assessment"]);
    }

    [Fact]
    public void Evaluate_throws_with_paths_for_an_invalid_input()
    {
        var input = new DorisRemissionInput { PhysicianGlobalAssessment = -1m };
        var error = Assert.Throws<ArgumentException>(() => new DorisRemissionInstrument().Compute(input, TreatToTargetDefinitions.Default));
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
