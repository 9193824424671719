#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus
#:project ../../src/AutoimmuneResistance.SystemicSclerosis

// Getting started, for people without Jupyter: the same steps as samples/Notebooks/getting-started.ipynb. Build a
// pipeline with the lupus and systemic sclerosis modules, evaluate two synthetic patients modelled on the project's
// vignettes (docs/notebooks.md), and print each verdict, then the findings underneath.
//
//   dotnet run samples/Scripts/getting-started.cs      (from the repository root)
//
// Research tool, not a medical device. Both patients are synthetic.

using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

// 1. One pipeline for both diseases; immutable and thread-safe, built once.
var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .AddSystemicSclerosis()
    .Build();

Console.WriteLine("Diseases: " + string.Join("; ", pipeline.Diseases.Select(d => $"{d.Name} ({d.Module} {d.Version})")));
Console.WriteLine($"Evaluators: {pipeline.Evaluators.Length}");

// 2. Two patients in the library's JSON contract (docs/json-contract.md).
// Lupus: activity persists on hydroxychloroquine, adherence never checked.
const string Lupus = """
    {"schemaVersion":1,"subject":"lupus-1","birthYear":1990,"sex":"female",
     "bodyWeights":[{"on":"2023-01-10","weight":{"value":60,"unit":"kg"}}],
     "diagnoses":[{"disease":"sle","onset":"2019-05-01"}],
     "therapies":[
       {"therapy":"hydroxychloroquine","class":"antimalarial","route":"oral","start":"2019-06-01","regimen":{"dose":{"value":400,"unit":"mg"}}},
       {"therapy":"prednisone","class":"glucocorticoid","route":"oral","start":"2022-06-01","regimen":{"dose":{"value":10,"unit":"mg"}}}],
     "assessments":[
       {"$kind":"sle.sledai-2k","on":"2023-01-10","present":["arthritis","rash","low-complement"]},
       {"$kind":"sle.sledai-2k","on":"2023-04-12","present":["arthritis","rash","low-complement"]},
       {"$kind":"sle.sledai-2k","on":"2023-07-14","present":["arthritis","rash","low-complement","alopecia"]}]}
    """;

// Systemic sclerosis: interstitial lung disease progressing on mycophenolate, refills complete.
const string SystemicSclerosis = """
    {"schemaVersion":1,"subject":"ssc-1","birthYear":1968,"sex":"female",
     "diagnoses":[{"disease":"ssc","onset":"2019-01-01","features":{"$kind":"ssc.features","subset":"limited","firstNonRaynaudManifestation":"2019-01-01"}}],
     "therapies":[{"therapy":"mycophenolate-mofetil","class":"antimetabolite","route":"oral","regimen":{"dose":{"value":1500,"unit":"mg"},"administrations":2,"intervalDays":1},"start":"2021-01-01"}],
     "observations":[
       {"on":"2023-01-15","code":{"system":"http://loinc.org","code":"19872-1"},"value":{"value":80,"unit":"%"}},
       {"on":"2023-01-15","code":{"system":"http://loinc.org","code":"98130-8"},"value":{"value":60,"unit":"%"}},
       {"on":"2024-01-15","code":{"system":"http://loinc.org","code":"19872-1"},"value":{"value":70,"unit":"%"}},
       {"on":"2024-01-15","code":{"system":"http://loinc.org","code":"98130-8"},"value":{"value":55,"unit":"%"}}],
     "autoantibodies":[{"antibody":"anti-topoisomerase-i","on":"2019-03-01","positive":true}],
     "refillAdherence":[{"therapy":"mycophenolate-mofetil","from":"2023-01-01","to":"2023-12-31","proportionOfDaysCovered":{"value":95,"unit":"%"}}]}
    """;

foreach (var (json, asOf) in new[] { (Lupus, new DateOnly(2023, 7, 14)), (SystemicSclerosis, new DateOnly(2024, 1, 15)) })
{
    // 3. Read: a record that does not fit the contract gives diagnostics with JSON paths, never an exception.
    var read = pipeline.Json.ReadProfile(json);
    if (read.HasErrors)
    {
        read.Diagnostics.ToList().ForEach(d => Console.WriteLine(d));
        return 1;
    }

    // 4. Evaluate as of a fixed date, so that the output does not change with the day it runs.
    var assessment = pipeline.Evaluate(read.Profile!, new EvaluationOptions { AsOf = asOf });
    var verdict = assessment.Verdict!;

    Console.WriteLine();
    Console.WriteLine($"Patient {assessment.Subject}, assessed as of {asOf:yyyy-MM-dd}");
    Console.WriteLine($"  verdict:  {Answer(verdict.Answer)}");
    Console.WriteLine($"  summary:  {verdict.Summary}");
    foreach (var therapy in verdict.Therapies)
    {
        Console.WriteLine($"  therapy:  {therapy.Name}: {Outcome(therapy.Outcome)}; {Answer(therapy.Resistance)}");
    }

    foreach (var domain in verdict.Domains)
    {
        Console.WriteLine($"  defined:  {domain.Definition}: {Answer(domain.Answer)}");
    }

    foreach (var need in verdict.WouldSharpen)
    {
        Console.WriteLine($"  sharpen:  {need.Datum}");
    }

    Console.WriteLine($"  findings ({assessment.Findings.Length}):");
    foreach (var finding in assessment.Findings)
    {
        Console.WriteLine($"    {finding.Id,-4} {Status(finding.Status),-14} {finding.Mechanism}: {finding.Summary}");
    }
}

return 0;

static string Answer(ResistanceAnswer answer) => answer switch
{
    ResistanceAnswer.Shown => "resistance shown",
    ResistanceAnswer.NotShown => "resistance not shown",
    _ => "cannot tell yet",
};

static string Outcome(TherapyOutcome outcome) => outcome switch
{
    TherapyOutcome.Response => "response",
    TherapyOutcome.PartialResponse => "partial response",
    TherapyOutcome.PrimaryNonResponse => "primary non-response",
    TherapyOutcome.SecondaryLossOfResponse => "secondary loss of response",
    TherapyOutcome.Intolerance => "intolerance",
    TherapyOutcome.NonAdherence => "non-adherence",
    TherapyOutcome.TooEarly => "too early to judge",
    _ => "outcome unknown",
};

static string Status(FindingStatus status) => status switch
{
    FindingStatus.Supported => "supported",
    FindingStatus.NotSupported => "not supported",
    _ => "unknown",
};
