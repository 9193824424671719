using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Pipeline;

public sealed class ResistancePipelineTests
{
    [Fact]
    public void Build_exposes_the_module_its_evaluators_and_its_default_definition_set()
    {
        var pipeline = Profiles.Pipeline();

        Assert.Equal([ToyModule.Toy], pipeline.Diseases.Select(d => d.Id));
        Assert.Equal([ToyLevelEvaluator.Id], pipeline.Evaluators.Select(e => e.Id));
        Assert.Equal("toy.strict", pipeline.Definitions.Get<ToyDefinitions>().Id.Value);
        Assert.True(pipeline.Mechanisms.TryGet(ToyModule.LowLevel, out _));
        Assert.True(pipeline.Mechanisms.TryGet(MechanismCatalog.CoreId(MechanismCategory.NonAdherence), out _));
    }

    [Fact]
    public void A_level_below_the_threshold_supports_the_mechanism_and_explains_why()
    {
        var assessment = Profiles.Pipeline().Evaluate(Profiles.Toy(level: 150m));

        var finding = Assert.Single(assessment.Findings);
        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal(ToyModule.LowLevel, finding.Mechanism);
        Assert.Equal(["$.drugLevels[0]"], finding.Facts.AsEnumerable());
        var threshold = Assert.Single(finding.Thresholds);
        Assert.Equal(200m, threshold.Limit);
        Assert.Equal(150m, threshold.Observed);
        Assert.True(threshold.IsMet);
        Assert.Equal(-50m, Assert.IsType<ToyDetail>(finding.Detail).Margin);
        Assert.False(assessment.HasErrors);
    }

    [Fact]
    public void The_threshold_boundary_is_exclusive_as_the_rule_says()
    {
        var assessment = Profiles.Pipeline().Evaluate(Profiles.Toy(level: 200m));

        Assert.Equal(FindingStatus.NotSupported, Assert.Single(assessment.Findings).Status);
    }

    [Fact]
    public void Selecting_another_definition_set_changes_the_verdict_and_the_manifest()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .UseDefinitionSet(DefinitionSetId.Create("toy.lenient"))
            .Build();

        var assessment = pipeline.Evaluate(Profiles.Toy(level: 150m));

        Assert.Equal(FindingStatus.NotSupported, Assert.Single(assessment.Findings).Status);
        var set = Assert.Single(assessment.Manifest.DefinitionSets);
        Assert.Equal("toy.lenient", set.Id.Value);
    }

    [Fact]
    public void Missing_data_is_unknown_and_names_the_datum_that_would_resolve_it()
    {
        var finding = Assert.Single(Profiles.Pipeline().Evaluate(Profiles.Toy(level: null)).Findings);

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("a drug level", finding.Gap!.Datum);
        Assert.Equal("$.drugLevels", finding.Gap.Path);
    }

    [Fact]
    public void Evaluators_run_only_for_profiles_with_their_disease()
    {
        var patient = Profiles.Toy() with { Diagnoses = [] };

        var assessment = Profiles.Pipeline().Evaluate(patient);

        Assert.Empty(assessment.Findings);
        Assert.False(assessment.HasErrors);
    }

    [Fact]
    public void The_manifest_records_versions_evaluators_definition_sets_and_the_input_hash()
    {
        var pipeline = Profiles.Pipeline();
        var patient = Profiles.Toy();

        var manifest = pipeline.Evaluate(patient).Manifest;

        Assert.Equal(LibraryVersion.Core, manifest.LibraryVersion);
        var module = Assert.Single(manifest.Modules);
        Assert.Equal("9.9.9", module.Version);
        Assert.Equal(ToyLevelEvaluator.Id, Assert.Single(manifest.Evaluators).Id);
        Assert.Equal(pipeline.Json.ComputeContentHash(patient), manifest.InputHash);
        Assert.Matches("^sha256:[0-9a-f]{64}$", manifest.InputHash);
        Assert.Null(pipeline.Evaluate(patient, new EvaluationOptions { ComputeInputHash = false }).Manifest.InputHash);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_json()
    {
        var pipeline = Profiles.Pipeline();
        var first = pipeline.Json.Serialize(pipeline.Evaluate(Profiles.Toy()));
        var second = pipeline.Json.Serialize(Profiles.Pipeline().Evaluate(Profiles.Toy()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_evaluation_date_defaults_to_the_latest_date_in_the_profile()
    {
        var pipeline = Profiles.Pipeline();

        Assert.Equal(new DateOnly(2023, 7, 1), pipeline.Evaluate(Profiles.Toy()).AsOf);
        Assert.Equal(new DateOnly(2030, 1, 1), pipeline.Evaluate(Profiles.Toy(), new EvaluationOptions { AsOf = new DateOnly(2030, 1, 1) }).AsOf);
    }

    [Fact]
    public void A_profile_without_any_date_gets_an_error_instead_of_a_clock_reading()
    {
        var patient = new PatientProfile { Subject = SubjectId.Create("no-dates") };

        var assessment = Profiles.Pipeline().Evaluate(patient);

        Assert.Contains(assessment.Diagnostics, d => d.Code == DiagnosticCodes.NoEvaluationDate);
        Assert.Null(assessment.AsOf);
    }

    [Fact]
    public void A_throwing_evaluator_becomes_an_attributed_error_and_the_others_still_run()
    {
        var assessment = Profiles.Pipeline(failing: true).Evaluate(Profiles.Toy());

        var error = Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.EvaluatorFailed, error.Code);
        Assert.Equal("toy.throws", error.Evaluator?.Value);
        Assert.Equal("evaluator 'toy.throws' failed with InvalidOperationException", error.Message);
        Assert.Null(error.Value); // the exception's message may quote patient data: only on request

        // The failing evaluator's partial finding is dropped; the other evaluator's finding stays.
        var finding = Assert.Single(assessment.Findings);
        Assert.Equal(ToyLevelEvaluator.Id, finding.Evaluator);
        Assert.True(assessment.HasErrors);
    }

    [Fact]
    public void A_throwing_evaluator_s_exception_message_is_the_detail_when_values_are_included()
    {
        var pipeline = new ResistancePipelineBuilder().AddModule(new ToyModule(includeFailingEvaluator: true)).IncludeValuesInDiagnostics().Build();

        var error = Assert.Single(pipeline.Evaluate(Profiles.Toy()).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("evaluator 'toy.throws' failed with InvalidOperationException", error.Message);
        Assert.Contains("boom", error.Value, StringComparison.Ordinal);
        Assert.EndsWith("(found: " + error.Value + ")", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_profile_is_not_evaluated_and_says_where_it_is_wrong()
    {
        var patient = Profiles.Toy() with
        {
            Therapies = [Profiles.Toy().Therapies[0] with { End = new DateOnly(2019, 1, 1) }],
        };

        var assessment = Profiles.Pipeline().Evaluate(patient);

        Assert.Empty(assessment.Findings);
        var error = Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.EndBeforeStart, error.Code);
        Assert.Equal("$.therapies[0].end", error.Path);
        Assert.Equal("AIR1103 ERROR $.therapies[0].end: end date precedes the start date", error.ToString());
    }

    // A profile built in code can hold what JSON reading rejects: a null list element, or a date outside the bounds
    // the contract reads. Validation reports each at its path, and nothing throws.
    public static TheoryData<string, string> NullElements() => new()
    {
        { "therapies", "$.therapies[1]" },
        { "doseChanges", "$.therapies[0].doseChanges[0]" },
        { "observations", "$.observations[0]" },
        { "drugLevels", "$.drugLevels[1]" },
        { "assessments", "$.assessments[0]" },
    };

    [Theory]
    [MemberData(nameof(NullElements))]
    public void A_null_list_element_built_in_code_is_an_error_at_its_path_not_a_crash(string list, string path)
    {
        var toy = Profiles.Toy();
        var patient = list switch
        {
            "therapies" => toy with { Therapies = [toy.Therapies[0], null!] },
            "doseChanges" => toy with { Therapies = [toy.Therapies[0] with { DoseChanges = [null!] }] },
            "observations" => toy with { Observations = [null!] },
            "drugLevels" => toy with { DrugLevels = [toy.DrugLevels[0], null!] },
            _ => toy with { Assessments = [null!] },
        };

        var assessment = Profiles.Pipeline().Evaluate(patient);

        var error = Assert.Single(assessment.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingRequiredProperty, path), (error.Code, error.Path));
        Assert.Empty(assessment.Findings);
    }

    [Theory]
    [InlineData(1799, 12, 31, true)]
    [InlineData(1800, 1, 1, false)]
    [InlineData(2299, 12, 31, false)]
    [InlineData(2300, 1, 1, true)]
    public void A_date_outside_1800_to_2299_built_in_code_is_an_error_at_its_path(int year, int month, int day, bool rejected)
    {
        var date = new DateOnly(year, month, day);
        var toy = Profiles.Toy();
        var patient = toy with { DrugLevels = [toy.DrugLevels[0] with { On = date }] };

        var errors = Profiles.Pipeline().Validate(patient).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        if (rejected)
        {
            var error = Assert.Single(errors);
            Assert.Equal((DiagnosticCodes.InvalidValue, "$.drugLevels[0].on"), (error.Code, error.Path));
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Every_core_date_is_checked()
    {
        var far = DateOnly.MaxValue;
        var toy = Profiles.Toy();
        var patient = toy with
        {
            BodyWeights = [toy.BodyWeights[0] with { On = far }],
            Diagnoses = [toy.Diagnoses[0] with { Onset = far }],
            Therapies = [toy.Therapies[0] with { Start = far, End = far, DoseChanges = [new DoseChange { On = far, Regimen = DoseRegimen.Daily(Dose.Milligrams(200m)) }] }],
            Observations = [new Observation { On = far, Code = ClinicalCode.Create(CodeSystem.Loinc, "2890-2"), Value = Quantity.Create(1m, QuantityUnit.GramPerGram) }],
            Autoantibodies = [new AutoantibodyResult { Antibody = AutoantibodyId.Create("anti-dsdna"), Positive = true, On = far }],
            Genotypes = [new GenotypeResult { Gene = GeneSymbol.Create("TPMT"), Phenotype = GenePhenotype.Create("normal-metabolizer"), On = far }],
            Comorbidities = [new Comorbidity { Code = ClinicalCode.Create(CodeSystem.Icd10, "I10"), Onset = far, Resolved = far }],
            Exposures = [new Exposure { Kind = ExposureKind.Create("smoking"), Status = ExposureStatus.Former, From = far, To = far }],
            DrugLevels = [toy.DrugLevels[0] with { On = far }],
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.Hydroxychloroquine, From = far, To = far, ProportionOfDaysCovered = Percentage.FromPercent(90m) }],
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { Therapy = TherapyId.Rituximab, On = far, Positive = true }],
            Assessments = [toy.Assessments[0] with { On = far }],
        };

        var paths = Profiles.Pipeline().Validate(patient).Where(d => d.Code == DiagnosticCodes.InvalidValue).Select(d => d.Path).ToHashSet();

        string[] expected =
        [
            "$.bodyWeights[0].on", "$.diagnoses[0].onset", "$.therapies[0].start", "$.therapies[0].end", "$.therapies[0].doseChanges[0].on",
            "$.observations[0].on", "$.autoantibodies[0].on", "$.genotypes[0].on", "$.comorbidities[0].onset", "$.comorbidities[0].resolved",
            "$.exposures[0].from", "$.exposures[0].to", "$.drugLevels[0].on", "$.refillAdherence[0].from", "$.refillAdherence[0].to",
            "$.antiDrugAntibodies[0].on", "$.assessments[0].on",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }

    [Fact]
    public void An_evaluation_date_outside_the_bounds_is_rejected_where_it_is_set()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { AsOf = new DateOnly(9999, 1, 1) });

        Assert.Equal("AsOf", error.ParamName);
        Assert.Null(new EvaluationOptions { AsOf = null }.AsOf);
    }

    [Fact]
    public void Module_validators_run_after_the_core_rules()
    {
        var patient = Profiles.Toy() with { Assessments = [new ToyActivity { On = new DateOnly(2023, 1, 1), Score = 11 }] };

        var diagnostics = Profiles.Pipeline().Validate(patient);

        var error = Assert.Single(diagnostics);
        Assert.Equal("AIR9001", error.Code);
        Assert.Equal("$.assessments[0].score", error.Path);
    }

    [Fact]
    public void Build_reports_every_configuration_problem_at_once()
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .AddModule(new ToyModule())
            .UseDefinitionSet(DefinitionSetId.Create("toy.missing"));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("disease 'toy' is registered by 2 modules", error.Message, StringComparison.Ordinal);
        Assert.Contains("evaluator id 'toy.level' is used by 2 evaluators", error.Message, StringComparison.Ordinal);
        Assert.Contains("definition set 'toy.missing' is not registered; registered sets: toy.lenient, toy.strict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_an_invalid_custom_definition_set()
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .UseDefinitionSet(ToyDefinitions.Strict with { Id = DefinitionSetId.Create("toy.custom"), Threshold = 0m });

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("definition set 'toy.custom' is invalid: Threshold must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_custom_definition_set_that_reuses_a_registered_id_with_other_content()
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .UseDefinitionSet(ToyDefinitions.Strict with { Threshold = 151m });

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains($"the custom definition set '{ToyDefinitions.Strict.Id}' differs from the registered set of the same id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_definition_set_equal_to_the_registered_one_is_accepted()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .UseDefinitionSet(ToyDefinitions.Strict with { })
            .Build();

        Assert.Equal(ToyDefinitions.Strict.Id, Assert.Single(pipeline.Definitions.All).Id);
    }

    [Fact]
    public void A_custom_definition_set_replaces_the_default_of_its_type()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ToyModule())
            .UseDefinitionSet(ToyDefinitions.Strict with { Id = DefinitionSetId.Create("toy.custom"), Threshold = 151m })
            .Build();

        Assert.Equal(FindingStatus.Supported, Assert.Single(pipeline.Evaluate(Profiles.Toy(level: 150m)).Findings).Status);
        Assert.Equal("toy.custom", Assert.Single(pipeline.Definitions.All).Id.Value);
    }

    [Fact]
    public void Build_rejects_evaluators_that_speak_to_unknown_mechanisms_and_kinds_outside_the_module_namespace()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ResistancePipelineBuilder().AddModule(new SloppyModule()).Build());

        Assert.Contains("speaks to mechanism 'sloppy.nothing', which no registered catalog defines", error.Message, StringComparison.Ordinal);
        Assert.Contains("JSON kind 'toy.features' must start with 'sloppy.'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_cannot_be_unknown_without_a_gap_or_decided_with_one()
    {
        var evaluator = EvaluatorId.Create("x.y");
        var mechanism = MechanismId.Create("x.m");
        var rule = RuleId.Create("x.r");

        Assert.Throws<ArgumentException>(() => new Finding(evaluator, mechanism, rule, FindingStatus.Unknown, "s", EvidenceGrade.Guideline));
        Assert.Throws<ArgumentException>(() => new Finding(evaluator, mechanism, rule, FindingStatus.Supported, "s", EvidenceGrade.Guideline, new DataGap { Datum = "d" }));
        Assert.Throws<ArgumentException>(() => Finding.Supported(evaluator, mechanism, rule, " ", EvidenceGrade.Guideline));
        Assert.Throws<ArgumentException>(() => Finding.Supported(default, mechanism, rule, "s", EvidenceGrade.Guideline));
    }

    [Fact]
    public void A_finding_attributed_to_another_evaluator_is_dropped_with_an_error()
    {
        var pipeline = new ResistancePipelineBuilder().AddEvaluator(new ImpostorEvaluator()).Build();

        var assessment = pipeline.Evaluate(Profiles.Toy() with { Assessments = [], Diagnoses = [Profiles.Toy().Diagnoses[0] with { Features = null }] });

        Assert.Empty(assessment.Findings);
        Assert.Equal(DiagnosticCodes.FindingMisattributed, Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.Contains(assessment.Diagnostics, d => d.Code == DiagnosticCodes.DiseaseNotRegistered && d.Path == "$.diagnoses[0].disease");
    }

    [Fact]
    public void Context_values_are_computed_once_per_evaluation()
    {
        var key = new EvaluationPropertyKey<int>("count");
        var calls = 0;
        var context = new EvaluationContext(Profiles.Toy(), new DateOnly(2024, 1, 1));

        var first = context.GetOrAdd(key, _ => ++calls);
        var second = context.GetOrAdd(key, _ => ++calls);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_module_type_used_without_its_module_is_reported_and_evaluation_still_runs()
    {
        var pipeline = new ResistancePipelineBuilder().AddEvaluator(new ImpostorEvaluator()).Build();

        var assessment = pipeline.Evaluate(Profiles.Toy());

        var error = Assert.Single(assessment.Diagnostics, d => d.Code == DiagnosticCodes.UnregisteredType);
        Assert.Contains("register the module that defines the type", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Value);
        var detailed = new ResistancePipelineBuilder().AddEvaluator(new ImpostorEvaluator()).IncludeValuesInDiagnostics().Build().Evaluate(Profiles.Toy());
        Assert.Contains("ToyActivity", Assert.Single(detailed.Diagnostics, d => d.Code == DiagnosticCodes.UnregisteredType).Value, StringComparison.Ordinal);
        Assert.Null(assessment.Manifest.InputHash);
        Assert.Contains(assessment.Diagnostics, d => d.Code == DiagnosticCodes.FindingMisattributed);
    }

    private sealed class SloppyModule : IDiseaseModule
    {
        public DiseaseDescriptor Disease { get; } = new() { Id = DiseaseId.Create("sloppy"), Name = "Sloppy", Module = "Sloppy", Version = "0" };

        public void Configure(DiseaseModuleContext context) => context
            .AddDerivedType<DiseaseFeatures, ToyFeatures>("toy.features")
            .AddEvaluator(new MechanismlessEvaluator());
    }

    private sealed class MechanismlessEvaluator : IResistanceEvaluator
    {
        public EvaluatorDescriptor Descriptor { get; } = new()
        {
            Id = EvaluatorId.Create("sloppy.evaluator"),
            Title = "Speaks to a mechanism nobody defined",
            Mechanisms = [MechanismId.Create("sloppy.nothing")],
        };

        public void Evaluate(EvaluationContext context, EvaluationOutput output)
        {
        }
    }

    private sealed class ImpostorEvaluator : IResistanceEvaluator
    {
        public EvaluatorDescriptor Descriptor { get; } = new() { Id = EvaluatorId.Create("impostor"), Title = "Impostor" };

        public void Evaluate(EvaluationContext context, EvaluationOutput output) =>
            output.Add(Finding.Supported(ToyLevelEvaluator.Id, ToyModule.LowLevel, RuleId.Create("x"), "Not mine.", EvidenceGrade.ExpertOpinion));
    }
}
