using AutoimmuneResistance.ModuleConformance;
using AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

namespace AutoimmuneResistance.SystemicSclerosis.Tests;

/// <summary>
/// The systemic sclerosis module against the module conformance kit: the demo cohort's valid records as sample
/// profiles (so every finding over the demo cohort has its fact paths checked), vignettes V3 and V4 (the demo cohort
/// carries no <c>ssc.features</c>), and a worked input per instrument.
/// </summary>
public sealed class SscConformanceTests : ModuleConformanceTests
{
    protected override DiseaseId Disease => SystemicSclerosisIds.Ssc;

    protected override ResistancePipeline CreatePipeline() => new ResistancePipelineBuilder().AddSystemicSclerosis().Build();

    protected override IReadOnlyList<PatientProfile> SampleProfiles()
    {
        var pipeline = CreatePipeline();
        return [.. RepositoryData.DemoCohort(pipeline), pipeline.Json.ReadProfile(VignetteTests.V3).Profile!, pipeline.Json.ReadProfile(VignetteTests.V4).Profile!,
            pipeline.Json.ReadProfile(Evaluators.SequentialFailureTests.Profile()).Profile!];
    }

    protected override IEnumerable<(InstrumentId Instrument, string InputJson)> SampleInstrumentInputs() =>
    [
        (SystemicSclerosisIds.Classification2013, """{"items":["raynaud-phenomenon","anti-centromere","fingertip-pitting-scars"],"skinThickeningSparesFingers":true}"""),
        (SystemicSclerosisIds.ModifiedRodnanSkinScore, Ssc.AllSites(1)),
        (SystemicSclerosisIds.Criss, """
            {"baseline":{"mrss":25,"fvc":{"value":78,"unit":"%"},"patientGlobal":6,"physicianGlobal":6,"haqDi":1.5},
             "followUp":{"mrss":15,"fvc":{"value":80,"unit":"%"},"patientGlobal":4,"physicianGlobal":4,"haqDi":1.0}}
            """),
        (SystemicSclerosisIds.EustarActivityIndex, """{"skinWorsenedPreviousMonth":true,"mrss":20,"digitalUlcers":false,"tendonFrictionRubs":false,"crp":{"value":12,"unit":"mg/L"},"dlco":{"value":65,"unit":"%"}}"""),
        (SystemicSclerosisIds.ProgressiveIld, """{"baseline":{"on":"2021-11-23","fvc":{"value":80,"unit":"%"}},"followUp":{"on":"2022-10-01","fvc":{"value":72,"unit":"%"}}}"""),
        (SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk, """{"on":"2024-07-01","exposures":[{"from":"2024-02-01","to":"2024-03-01","prednisoneEquivalentMgPerDay":20},{"from":"2024-03-02","prednisoneEquivalentMgPerDay":5}]}"""),
        (SystemicSclerosisIds.DiseaseDuration, """{"firstNonRaynaudManifestation":"2019-07-01","on":"2021-01-15","subset":"diffuse"}"""),
        (SystemicSclerosisIds.AutoantibodyPhenotype, """{"positive":["anti-topoisomerase-i"]}"""),
    ];
}
