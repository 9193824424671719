// Sample: write your own evaluator and register it with a resistance pipeline.
//
//   dotnet run --project samples/CustomEvaluator                              (three hand-built patients)
//   dotnet run --project samples/CustomEvaluator -- seeds/demo-cohort.jsonl   (also tallies a JSON Lines cohort)
//
// Research tool, not a medical device. The patients below are synthetic.

using System.Text.Json;
using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.Samples;

// Register the evaluator. Build() checks that the mechanisms it names exist and that its id is unique.
// The lupus module is added without its evaluators: it only teaches the JSON reader the lupus record kinds
// (SLEDAI-2K visits, lupus features, ...) that the demo cohort contains, so that every line of it reads and only
// this sample's evaluator runs. A pipeline without it reports such lines as unknown kinds, record by record.
var pipeline = new ResistancePipelineBuilder()
    .AddLupus(options => options with { IncludeEvaluators = false })
    .AddEvaluator(new RefillAdherenceEvaluator())
    .Build();

Console.WriteLine($"Evaluators: {string.Join(", ", pipeline.Evaluators.Select(e => $"{e.Id} {e.Version}"))}");
Console.WriteLine();

var asOf = new DateOnly(2025, 6, 30);
PatientProfile[] patients =
[
    Patient("sample-adherent", refillPercent: 93.5m),
    Patient("sample-non-adherent", refillPercent: 61m),
    Patient("sample-no-refills", refillPercent: null),
];

ResistanceAssessment? example = null;
foreach (var patient in patients)
{
    var assessment = pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf });
    example ??= assessment.Findings.Any(f => f.Status == FindingStatus.Supported) ? assessment : null;
    Console.WriteLine($"{patient.Subject} (as of {assessment.AsOf:yyyy-MM-dd})");
    foreach (var finding in assessment.Findings)
    {
        Console.WriteLine($"  {finding.Mechanism} {finding.Status} [{finding.Rule}, {finding.Grade}]");
        Console.WriteLine($"    {finding.Summary}");
        Console.WriteLine($"    facts: {string.Join(", ", finding.Facts)}");
        foreach (var threshold in finding.Thresholds)
        {
            Console.WriteLine($"    threshold: {threshold.Name} {Symbol(threshold.Operator)} {threshold.Limit} %, observed {threshold.Observed} % -> met: {threshold.IsMet}");
        }

        if (finding.Gap is { } gap)
        {
            Console.WriteLine($"    to resolve, collect: {gap.Datum} ({gap.Path})");
        }
    }

    Console.WriteLine();
}

// Explanations are data: the same assessment as JSON, as a report or another program would read it.
if (example is not null)
{
    Console.WriteLine($"The finding for {example.Subject} as JSON:");
    using var document = JsonDocument.Parse(pipeline.Json.Serialize(example));
    using var writer = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
    document.RootElement.GetProperty("findings")[0].WriteTo(writer);
    writer.Flush();
    Console.WriteLine();
}

// Optionally run the evaluator over a JSON Lines cohort, such as the synthetic demo cohort.
if (args.Length > 0)
{
    var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
    int evaluated = 0, failed = 0;
    await using var stream = File.OpenRead(args[0]);
    await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(stream))
    {
        if (outcome.Assessment is not { } assessment)
        {
            // Every line yields an assessment or its errors; the demo cohort holds 9 records invalid on purpose.
            failed++;
            var first = outcome.Errors.FirstOrDefault(e => e.Severity == DiagnosticSeverity.Error) ?? outcome.Errors[0];
            Console.WriteLine($"line {outcome.Line}: {first}");
            continue;
        }

        evaluated++;
        foreach (var finding in assessment.Findings)
        {
            counts[finding.Status.ToString()] = counts.GetValueOrDefault(finding.Status.ToString()) + 1;
        }
    }

    Console.WriteLine();
    Console.WriteLine($"{args[0]}: {evaluated} evaluated, {failed} failed; non-adherence findings per therapy course: "
        + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
}

return 0;

// A patient on hydroxychloroquine since 2022, with one refill period (or none).
static PatientProfile Patient(string subject, decimal? refillPercent) => new()
{
    Subject = SubjectId.Create(subject),
    BirthYear = 1988,
    Sex = Sex.Female,
    Therapies =
    [
        new TherapyCourse
        {
            Therapy = TherapyId.Hydroxychloroquine,
            Class = TherapyClass.Antimalarial,
            Regimen = DoseRegimen.Daily(Dose.Milligrams(300m)),
            Start = new DateOnly(2022, 3, 1),
        },
    ],
    RefillAdherence = refillPercent is { } percent
        ?
        [
            new RefillAdherence
            {
                Therapy = TherapyId.Hydroxychloroquine,
                From = new DateOnly(2024, 12, 1),
                To = new DateOnly(2025, 5, 31),
                ProportionOfDaysCovered = Percentage.FromPercent(percent),
            },
        ]
        : [],
};

static string Symbol(ComparisonOperator comparison) => comparison switch
{
    ComparisonOperator.LessThan => "<",
    ComparisonOperator.LessThanOrEqual => "<=",
    ComparisonOperator.GreaterThan => ">",
    ComparisonOperator.GreaterThanOrEqual => ">=",
    _ => "=",
};
