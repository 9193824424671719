using System.Text;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Instruments;

public sealed class ClinicalInstrumentTests
{
    private static readonly ResistancePipeline Pipeline = Profiles.Pipeline();

    [Fact]
    public void Instruments_are_reachable_by_id()
    {
        Assert.Equal([ToyScore.Id], Pipeline.Instruments.Select(i => i.Id));
        Assert.True(Pipeline.TryGetInstrument(ToyScore.Id, out var instrument));
        Assert.Equal(typeof(ToyScoreInput), instrument.InputType);
    }

    [Fact]
    public void An_instrument_computes_from_a_json_input_to_a_json_result()
    {
        var computation = Pipeline.ComputeInstrument(ToyScore.Id, """{"on":"2024-01-01","items":["fever","rash"]}"""u8);

        Assert.False(computation.HasErrors);
        Assert.Equal("""{"total":5,"items":["fever","rash"]}""", computation.ResultText());
    }

    [Fact]
    public void Invalid_input_gets_path_qualified_errors()
    {
        var computation = Pipeline.ComputeInstrument(ToyScore.Id, """{"on":"2024-01-01","items":["fever","cough"]}"""u8);

        var error = Assert.Single(computation.Diagnostics);
        Assert.Equal("$.items[1]", error.Path);
        Assert.Null(computation.ResultJson);
    }

    [Fact]
    public void Malformed_input_and_unknown_members_are_reported_not_thrown()
    {
        Assert.Equal(DiagnosticCodes.InvalidJson, Assert.Single(Pipeline.ComputeInstrument(ToyScore.Id, "{"u8).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.UnknownProperty, Assert.Single(Pipeline.ComputeInstrument(ToyScore.Id, """{"on":"2024-01-01","itemz":[]}"""u8).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, Assert.Single(Pipeline.ComputeInstrument(ToyScore.Id, """{"items":[]}"""u8).Diagnostics).Code);
    }

    [Fact]
    public void An_unknown_instrument_id_lists_the_registered_ones()
    {
        var computation = Pipeline.ComputeInstrument(InstrumentId.Create("toy.nope"), "{}"u8);

        var error = Assert.Single(computation.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownInstrument, error.Code);
        Assert.Contains("registered instruments: toy.score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_throws_with_every_problem_for_code_built_inputs()
    {
        var error = Assert.Throws<ArgumentException>(() => new ToyScore().Compute(new ToyScoreInput { On = new DateOnly(2024, 1, 1), Items = ["x", "y"] }));

        Assert.Contains("$.items[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.items[1]", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, new ToyScore().Compute(new ToyScoreInput { On = new DateOnly(2024, 1, 1), Items = ["fever"] }).Total);
    }

    [Fact]
    public void Instrument_ids_must_be_namespaced_and_unique()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ResistancePipelineBuilder().AddModule(new StrayInstrumentModule()).Build());

        Assert.Contains("instrument 'toy.score' must start with 'stray.'", error.Message, StringComparison.Ordinal);
    }

    private sealed class StrayInstrumentModule : IDiseaseModule
    {
        public DiseaseDescriptor Disease { get; } = new() { Id = DiseaseId.Create("stray"), Name = "Stray", Module = "Stray", Version = "0" };

        public void Configure(DiseaseModuleContext context) => context.AddInstrument(new ToyScore());
    }
}
