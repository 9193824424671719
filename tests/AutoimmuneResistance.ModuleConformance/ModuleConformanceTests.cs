using Xunit;

namespace AutoimmuneResistance.ModuleConformance;

/// <summary>
/// The conformance suite of a disease module: derive one test class from it in the module's test project, say which
/// disease it is, how to build a pipeline with the module, and give sample profiles and instrument inputs; every check
/// of <see cref="ModuleConformance"/> then runs as a fact.
/// </summary>
/// <example>
/// <code>
/// public sealed class MyModuleConformanceTests : ModuleConformanceTests
/// {
///     protected override DiseaseId Disease => MyIds.Disease;
///     protected override ResistancePipeline CreatePipeline() => new ResistancePipelineBuilder().AddMy().Build();
///     protected override IReadOnlyList&lt;PatientProfile&gt; SampleProfiles() => [MyProfiles.Responder, MyProfiles.Refractory];
///     protected override IEnumerable&lt;(InstrumentId, string)&gt; SampleInstrumentInputs() => [(MyIds.Score, """{"items":["a"]}""")];
/// }
/// </code>
/// </example>
public abstract class ModuleConformanceTests
{
    private ResistancePipeline? _pipeline;
    private IReadOnlyList<PatientProfile>? _profiles;

    /// <summary>Gets the module's disease id.</summary>
    protected abstract DiseaseId Disease { get; }

    private ResistancePipeline Pipeline => _pipeline ??= CreatePipeline();

    private IReadOnlyList<PatientProfile> Profiles => _profiles ??= SampleProfiles();

    /// <summary>The module's ids are unique and start with its disease id.</summary>
    [Fact]
    public void Ids_are_unique_and_namespaced() => AssertNone(ModuleConformance.UniqueIds(Pipeline, Disease));

    /// <summary>Every mechanism traces to a seed claim or a citation.</summary>
    [Fact]
    public void Mechanisms_trace_to_a_seed_claim_or_a_citation() => AssertNone(ModuleConformance.MechanismsTraced(Pipeline, Disease));

    /// <summary>Evaluator and instrument descriptors are complete.</summary>
    [Fact]
    public void Descriptors_are_complete() => AssertNone(ModuleConformance.EvaluatorDescriptorsComplete(Pipeline, Disease));

    /// <summary>Every registered kind appears in the samples and round-trips through JSON.</summary>
    [Fact]
    public void Registered_kinds_round_trip_through_json() => AssertNone(ModuleConformance.KindsRoundTrip(Pipeline, Disease, Profiles));

    /// <summary>Every instrument computes from its sample and its input and result round-trip through JSON.</summary>
    [Fact]
    public void Instrument_inputs_and_results_round_trip_through_json() =>
        AssertNone(ModuleConformance.InstrumentsRoundTrip(Pipeline, Disease, SampleInstrumentInputs()));

    /// <summary>A cohort evaluated in parallel equals the cohort evaluated sequentially.</summary>
    [Fact]
    public void Parallel_evaluation_equals_sequential() => AssertNone(ModuleConformance.ParallelEqualsSequential(Pipeline, Profiles));

    /// <summary>The same input gives byte-identical JSON, twice and across two pipelines.</summary>
    [Fact]
    public void Evaluation_is_deterministic() => AssertNone(ModuleConformance.Deterministic(Pipeline, CreatePipeline(), Profiles));

    /// <summary>Every fact path of every finding names a node of the profile.</summary>
    [Fact]
    public void Finding_fact_paths_resolve_in_the_profile() => AssertNone(ModuleConformance.FactPathsResolve(Pipeline, Profiles));

    /// <summary>Builds a pipeline with the module registered (and whatever else its evaluation needs).</summary>
    /// <returns>The pipeline.</returns>
    protected abstract ResistancePipeline CreatePipeline();

    /// <summary>
    /// Returns sample profiles with a diagnosis of the module's disease: between them (in the profile or in its
    /// assessment) they must hold every JSON kind the module registers, and they should reach every evaluator.
    /// </summary>
    /// <returns>The profiles.</returns>
    protected abstract IReadOnlyList<PatientProfile> SampleProfiles();

    /// <summary>Returns a valid input document for every instrument the module registers.</summary>
    /// <returns>Pairs of instrument id and input JSON.</returns>
    protected abstract IEnumerable<(InstrumentId Instrument, string InputJson)> SampleInstrumentInputs();

    private static void AssertNone(IReadOnlyList<ConformanceViolation> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} conformance violation(s):\n" + string.Join("\n", violations.Take(50)));
}
