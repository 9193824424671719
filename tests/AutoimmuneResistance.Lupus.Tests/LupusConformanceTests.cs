using AutoimmuneResistance.Lupus.Tests.Properties;
using AutoimmuneResistance.ModuleConformance;

namespace AutoimmuneResistance.Lupus.Tests;

/// <summary>
/// The lupus module against the module conformance kit: the demo cohort's valid records as sample profiles (so every
/// finding over the demo cohort has its fact paths checked), and the worked examples' valid inputs of every instrument.
/// </summary>
public sealed class LupusConformanceTests : ModuleConformanceTests
{
    protected override DiseaseId Disease => LupusIds.Sle;

    protected override ResistancePipeline CreatePipeline() => new ResistancePipelineBuilder().AddLupus().Build();

    protected override IReadOnlyList<PatientProfile> SampleProfiles() => RepositoryData.DemoCohort(CreatePipeline());

    protected override IEnumerable<(InstrumentId Instrument, string InputJson)> SampleInstrumentInputs() =>
        BadInputPropertyTests.InstrumentSeeds.Value.Select(s => (s.Instrument, s.Json));
}
