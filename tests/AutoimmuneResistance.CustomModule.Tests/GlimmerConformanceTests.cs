using AutoimmuneResistance.ModuleConformance;
using AutoimmuneResistance.Samples.Glimmer;

namespace AutoimmuneResistance.CustomModule.Tests;

/// <summary>The toy glimmer arthritis module (a made-up disease) passes the module conformance kit.</summary>
public sealed class GlimmerConformanceTests : ModuleConformanceTests
{
    protected override DiseaseId Disease => GlimmerIds.Glimmer;

    protected override ResistancePipeline CreatePipeline() => new ResistancePipelineBuilder().AddGlimmer().Build();

    protected override IReadOnlyList<PatientProfile> SampleProfiles()
    {
        var pipeline = CreatePipeline();
        return [.. Profiles.Select(json => pipeline.Json.ReadProfile(json).Profile!)];
    }

    protected override IEnumerable<(InstrumentId Instrument, string InputJson)> SampleInstrumentInputs() =>
    [
        (GlimmerIds.JointCount, """{"swollenJoints":4}"""),
        (GlimmerIds.JointCount, """{"swollenJoints":0,"definitions":"glimmer.strict"}"""),
    ];

    [Fact]
    public void The_verdict_shows_resistance_only_for_an_adherent_active_patient()
    {
        var pipeline = CreatePipeline();
        var answers = Profiles.Select(json => pipeline.Evaluate(pipeline.Json.ReadProfile(json).Profile!).Verdict!.Answer).ToList();

        Assert.Equal([ResistanceAnswer.Shown, ResistanceAnswer.NotShown, ResistanceAnswer.NotShown], answers);
    }

    private static readonly string[] Profiles =
    [
        """
        {"schemaVersion":1,"subject":"toy-1","diagnoses":[{"disease":"glimmer","onset":"2023-01-10","features":{"$kind":"glimmer.features","sparkling":true}}],
         "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":15,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2023-02-01"}],
         "refillAdherence":[{"therapy":"methotrexate","from":"2023-02-01","to":"2023-07-31","proportionOfDaysCovered":{"value":92,"unit":"%"}}],
         "assessments":[{"$kind":"glimmer.joint-count","on":"2023-08-01","swollenJoints":6}]}
        """,
        """
        {"schemaVersion":1,"subject":"toy-2","diagnoses":[{"disease":"glimmer","onset":"2022-05-01"}],
         "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":20,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2022-06-01"}],
         "refillAdherence":[{"therapy":"methotrexate","from":"2022-06-01","to":"2022-11-30","proportionOfDaysCovered":{"value":55,"unit":"%"}}],
         "assessments":[{"$kind":"glimmer.joint-count","on":"2022-12-01","swollenJoints":5}]}
        """,
        """
        {"schemaVersion":1,"subject":"toy-3","diagnoses":[{"disease":"glimmer","onset":"2024-01-15"}],
         "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":15,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2024-02-01"}],
         "assessments":[{"$kind":"glimmer.joint-count","on":"2024-06-01","swollenJoints":2}]}
        """,
    ];
}
