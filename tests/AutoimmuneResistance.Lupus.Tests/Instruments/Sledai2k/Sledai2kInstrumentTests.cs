using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sledai2kInstrumentTests
{
    private static readonly ResistancePipeline Pipeline = ActivityTestModule.Pipeline;
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Fact]
    public void Both_instruments_are_registered_with_their_documentation_and_sources()
    {
        Assert.Equal(["sle.sledai-2k", "sle.sri-4"], Pipeline.Instruments.Select(i => i.Id.Value));
        Assert.True(Pipeline.TryGetInstrument(LupusIds.Sledai2k, out var instrument));
        Assert.Equal(typeof(Sledai2kVisit), instrument.InputType);
        Assert.Equal(typeof(Sledai2kResult), instrument.ResultType);

        var descriptor = Pipeline.Instruments.Single(i => i.Id == LupusIds.Sledai2k);
        Assert.Equal("docs/instruments/sle.sledai-2k.md", descriptor.Documentation);
        Assert.Contains(descriptor.Sources, c => c.Authors.StartsWith("Gladman DD", StringComparison.Ordinal) && c.Year == 2002);
        Assert.Contains(descriptor.Sources, c => c.Doi == "10.1177/0961203309346505");
        Assert.Equal("docs/instruments/sle.sri-4.md", Pipeline.Instruments.Single(i => i.Id == LupusIds.Sri4).Documentation);
    }

    [Fact]
    public void The_default_definition_set_has_a_10_day_window_and_the_30_day_variant_can_be_selected()
    {
        var selected = Pipeline.Definitions.Get<ActivityDefinitions>();
        Assert.Same(ActivityDefinitions.Default, selected);
        Assert.Equal("sle.activity.default", selected.Id.Value);
        Assert.Equal("1", selected.Version);
        Assert.Equal(10, selected.SledaiWindowDays);
        Assert.Equal(10, selected.HighDiseaseActivityThreshold);
        Assert.Empty(selected.Validate());

        var thirty = new ResistancePipelineBuilder().AddModule(new ActivityTestModule())
            .UseDefinitionSet(DefinitionSetId.Create("sle.activity.window-30")).Build();
        Assert.Equal(30, thirty.Definitions.Get<ActivityDefinitions>().SledaiWindowDays);
        Assert.Empty(ActivityDefinitions.Window30.Validate());
        Assert.Contains(ActivityDefinitions.Window30.Sources, c => c.Doi == "10.1177/0961203309346505");
    }

    [Fact]
    public void Invalid_definitions_are_rejected()
    {
        var bad = ActivityDefinitions.Default with { Id = DefinitionSetId.Create("sle.activity.bad"), SledaiWindowDays = 28, HighDiseaseActivityThreshold = 0 };

        Assert.Equal(2, bad.Validate().Count);
        var error = Assert.Throws<ArgumentException>(() => new Sledai2kInstrument(bad));
        Assert.Contains("SledaiWindowDays", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new ResistancePipelineBuilder().AddModule(new ActivityTestModule()).UseDefinitionSet(bad).Build());
    }

    [Fact]
    public void The_window_comes_from_the_visit_or_else_from_the_definitions()
    {
        var thirty = new Sledai2kInstrument(ActivityDefinitions.Window30);
        var visit = new Sledai2kVisit { On = Day, Present = [Sledai2kDescriptor.Rash] };

        Assert.Equal(10, new Sledai2kInstrument().Compute(visit).WindowDays);
        Assert.Equal(30, thirty.Compute(visit).WindowDays);
        Assert.Equal(10, thirty.Compute(visit with { WindowDays = 10 }).WindowDays);
        Assert.Equal(thirty.Compute(visit).Total, new Sledai2kInstrument().Compute(visit).Total);
    }

    [Fact]
    public void A_tuned_high_disease_activity_threshold_is_applied_and_reported()
    {
        var twelve = new Sledai2kInstrument(ActivityDefinitions.Default with { Id = DefinitionSetId.Create("sle.activity.hdas-12"), HighDiseaseActivityThreshold = 12 });
        var visit = new Sledai2kVisit { On = Day, Present = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Alopecia] };

        Assert.True(new Sledai2kInstrument().Compute(visit).HighDiseaseActivityStatus);
        var result = twelve.Compute(visit);
        Assert.False(result.HighDiseaseActivityStatus);
        Assert.Equal(12, result.HighDiseaseActivityThreshold);
    }

    [Fact]
    public void Score_throws_with_every_problem_and_its_path_for_code_built_visits()
    {
        var visit = new Sledai2kVisit
        {
            On = Day,
            Present = [Sledai2kDescriptor.Rash, Sledai2kDescriptor.Rash, (Sledai2kDescriptor)0],
            OtherCause = [Sledai2kDescriptor.Rash],
            WindowDays = 7,
        };

        var error = Assert.Throws<ArgumentException>(() => new Sledai2kInstrument().Compute(visit));
        Assert.Contains("AIR2101 ERROR $.present[1]: the descriptor is listed more than once in present (first at $.present[0]); list each descriptor once (found: rash)", error.Message, StringComparison.Ordinal);
        Assert.Contains("AIR2104 ERROR $.present[2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("AIR2102 ERROR $.otherCause[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("AIR2103 ERROR $.windowDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_counts_a_repeated_descriptor_once_and_presence_wins_over_other_cause()
    {
        // An input the checked Compute rejects: scored by the unchecked computation it guards.
        var result = Sledai2kInstrument.Compute(
            new Sledai2kVisit
            {
                On = Day,
                Present = [Sledai2kDescriptor.Rash, Sledai2kDescriptor.Rash],
                OtherCause = [Sledai2kDescriptor.Rash, Sledai2kDescriptor.Fever],
            },
            new Sledai2kInstrument().Definitions);

        Assert.Equal(2, result.Total.Value);
        Assert.Equal(Sledai2kItemState.Present, result.Items.Single(i => i.Descriptor == Sledai2kDescriptor.Rash).State);
        Assert.Equal(Sledai2kItemState.OtherCause, result.Items.Single(i => i.Descriptor == Sledai2kDescriptor.Fever).State);
    }

    [Fact]
    public void The_breakdown_lists_all_24_descriptors_in_index_order_with_their_weights()
    {
        var result = new Sledai2kInstrument().Compute(new Sledai2kVisit { On = Day });

        Assert.Equal(Sledai2kDescriptors.All, result.Items.Select(i => i.Descriptor));
        Assert.Equal(105, result.Items.Sum(i => i.Weight));
        Assert.Equal(4, result.Items.Single(i => i.Descriptor == Sledai2kDescriptor.Arthritis).Weight);
        Assert.Equal(2, result.Items.Single(i => i.Descriptor == Sledai2kDescriptor.Alopecia).Weight);
        Assert.All(result.Items, i => Assert.Equal(Sledai2kItemState.Absent, i.State));
    }

    [Fact]
    public void Json_reading_problems_are_reported_with_paths()
    {
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, Assert.Single(Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"present":["rash"]}"""u8).Diagnostics).Code);

        var unknown = Assert.Single(Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"on":"2024-03-01","presnt":["rash"]}"""u8).Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownProperty, unknown.Code);

        var nullList = Assert.Single(Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"on":"2024-03-01","present":null}"""u8).Diagnostics);
        Assert.Equal("$.present", nullList.Path);

        var text = Assert.Single(Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"on":"2024-03-01","windowDays":"10"}"""u8).Diagnostics);
        Assert.Equal("$.windowDays", text.Path);
    }

    [Fact]
    public void The_result_document_has_the_documented_shape()
    {
        var computation = Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"on":"2023-01-10","present":["arthritis","rash","low-complement"]}"""u8);

        var text = computation.ResultText()!;
        Assert.StartsWith("""{"on":"2023-01-10","total":8,"clinicalTotal":6,"windowDays":10,"items":[{"descriptor":"seizure","organSystem":"neurological","weight":8,"state":"absent","points":0},""", text, StringComparison.Ordinal);
        Assert.EndsWith(""","activeOrganSystems":["musculoskeletal","mucocutaneous","serological"],"highDiseaseActivityStatus":false,"highDiseaseActivityThreshold":10}""", text, StringComparison.Ordinal);
        Assert.Contains("""{"descriptor":"low-complement","organSystem":"serological","weight":2,"state":"present","points":2}""", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_read_back_and_out_of_range_totals_are_rejected()
    {
        var text = Pipeline.ComputeInstrument(LupusIds.Sledai2k, """{"on":"2023-07-14","present":["arthritis","rash","low-complement","alopecia"]}"""u8).ResultText()!;
        var result = WorkedExamples.Read<Sledai2kResult>(text);

        Assert.Equal(10, result.Total.Value);
        Assert.Equal(text, WorkedExamples.Write(result));
        var bad = text.Replace("\"total\":10", "\"total\":106", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => WorkedExamples.Read<Sledai2kResult>(bad));
        Assert.Throws<JsonException>(() => WorkedExamples.Read<Sledai2kResult>(text.Replace("\"total\":10", "\"total\":10.5", StringComparison.Ordinal)));
    }
}
