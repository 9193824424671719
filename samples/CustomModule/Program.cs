// Sample: a third disease module, written only against the public API of the core package, registered next to the
// two built-in modules (lupus and systemic sclerosis) and evaluated on a few profiles.
//
//   dotnet run -c Release --project samples/CustomModule
//
// Glimmer arthritis is a MADE-UP TOY DISEASE. Nothing in this sample is clinical knowledge; the patients are synthetic.
// Research tool, not a medical device.

using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.Samples.Glimmer;
using AutoimmuneResistance.SystemicSclerosis;

var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .AddSystemicSclerosis()
    .AddGlimmer()
    .Build();

Console.WriteLine($"Diseases: {string.Join(", ", pipeline.Diseases.Select(d => $"{d.Id} ({d.Name})"))}");
Console.WriteLine($"Toy instrument: {string.Join(", ", pipeline.Instruments.Where(i => i.Id == GlimmerIds.JointCount).Select(i => i.Title))}");
Console.WriteLine();

string[] profiles =
[
    // Active on methotrexate although refills covered 92 % of days: resistance shown.
    """
    {"schemaVersion":1,"subject":"toy-1","sex":"female",
     "diagnoses":[{"disease":"glimmer","onset":"2023-01-10","features":{"$kind":"glimmer.features","sparkling":true}}],
     "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":15,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2023-02-01"}],
     "refillAdherence":[{"therapy":"methotrexate","from":"2023-02-01","to":"2023-07-31","proportionOfDaysCovered":{"value":92,"unit":"%"}}],
     "assessments":[{"$kind":"glimmer.joint-count","on":"2023-08-01","swollenJoints":6}]}
    """,
    // Active on methotrexate, refills covered 55 % of days: non-adherence, not resistance.
    """
    {"schemaVersion":1,"subject":"toy-2","sex":"male",
     "diagnoses":[{"disease":"glimmer","onset":"2022-05-01"}],
     "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":20,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2022-06-01"}],
     "refillAdherence":[{"therapy":"methotrexate","from":"2022-06-01","to":"2022-11-30","proportionOfDaysCovered":{"value":55,"unit":"%"}}],
     "assessments":[{"$kind":"glimmer.joint-count","on":"2022-12-01","swollenJoints":5}]}
    """,
    // Two swollen joints after the trial period: a response under the default set (a stricter set would say otherwise).
    """
    {"schemaVersion":1,"subject":"toy-3","sex":"female",
     "diagnoses":[{"disease":"glimmer","onset":"2024-01-15"}],
     "therapies":[{"therapy":"methotrexate","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":15,"unit":"mg"},"administrations":1,"intervalDays":7},"start":"2024-02-01"}],
     "assessments":[{"$kind":"glimmer.joint-count","on":"2024-06-01","swollenJoints":2}]}
    """,
];

foreach (var json in profiles)
{
    var read = pipeline.Json.ReadProfile(json);
    if (read.HasErrors)
    {
        foreach (var diagnostic in read.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        return 1;
    }

    var assessment = pipeline.Evaluate(read.Profile!);
    var verdict = assessment.Verdict!;
    Console.WriteLine($"{assessment.Subject}: {verdict.Answer}");
    Console.WriteLine($"  {verdict.Summary}");
    foreach (var therapy in verdict.Therapies)
    {
        Console.WriteLine($"  {therapy.Name}: {therapy.Outcome}, resistance {therapy.Resistance}; findings {string.Join(", ", therapy.Findings)}");
    }

    foreach (var finding in assessment.Findings)
    {
        Console.WriteLine($"  {finding.Id} {finding.Mechanism} {finding.Status}: {finding.Summary} [{string.Join(", ", finding.Facts)}]");
    }

    Console.WriteLine();
}

// The toy instrument through the pipeline's JSON entry point, as any caller would compute it.
var computed = pipeline.ComputeInstrument(GlimmerIds.JointCount, """{"swollenJoints":4,"definitions":"glimmer.strict"}"""u8);
Console.WriteLine($"{GlimmerIds.JointCount}: {computed.ResultText()}");
return 0;
