using AutoimmuneResistance;

// A minimal outside consumer: a custom evaluator, a profile read from JSON, one evaluation, and checks that fail
// loudly (exit code 1) if the packaged library does not behave as documented.
var pipeline = new ResistancePipelineBuilder().AddEvaluator(new RefillEvaluator()).Build();

var read = pipeline.Json.ReadProfile("""
    {"schemaVersion":1,"subject":"C-1",
     "therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2024-01-01",
                   "regimen":{"dose":{"value":100,"unit":"mg"}}}],
     "refillAdherence":[{"therapy":"azathioprine","from":"2024-01-01","to":"2024-06-30",
                         "proportionOfDaysCovered":{"value":55,"unit":"%"}}]}
    """);
Check(!read.HasErrors, "the profile reads without errors");

var assessment = pipeline.Evaluate(read.Profile!);
var finding = assessment.Findings.Single();
Check(finding.Status == FindingStatus.Supported, "a PDC of 55 % is below the evaluator's threshold");
Check(assessment.Manifest.InputHash?.StartsWith("sha256:", StringComparison.Ordinal) == true, "the manifest carries the input hash");
Check(finding.Id == "f1", "a finding gets its id within the assessment");
Check(assessment.Verdict is { Answer: ResistanceAnswer.CannotTellYet }, "without a disease module the verdict cannot tell yet");

var bad = pipeline.Json.ReadProfile("""{"schemaVersion":1,"subject":"C-2","therapies":[{"therapy":"x","class":"y","start":"2024-02-01","end":"2024-01-01"}]}""");
var diagnostics = pipeline.Validate(bad.Profile!);
Check(diagnostics.Any(d => d.Path == "$.therapies[0].end"), "bad data yields a path-qualified diagnostic");

Console.WriteLine(pipeline.Json.Serialize(assessment));
Console.WriteLine($"consumer OK: AutoimmuneResistance {LibraryVersion.Core}");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer FAILED: " + what);
        Environment.Exit(1);
    }
}

internal sealed class RefillEvaluator : IResistanceEvaluator
{
    private static readonly EvaluatorId Id = EvaluatorId.Create("consumer.refill");

    public EvaluatorDescriptor Descriptor { get; } = new()
    {
        Id = Id,
        Title = "Refill coverage below a consumer-chosen threshold",
        Mechanisms = [MechanismCatalog.CoreId(MechanismCategory.NonAdherence)],
    };

    public void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        foreach (var refill in context.Patient.RefillAdherence)
        {
            var low = refill.ProportionOfDaysCovered.Value < 80m;
            var mechanism = MechanismCatalog.CoreId(MechanismCategory.NonAdherence);
            var rule = RuleId.Create("consumer.refill.below-80");
            output.Add(low
                ? Finding.Supported(Id, mechanism, rule, "Refills covered too few days.", EvidenceGrade.ExpertOpinion)
                : Finding.NotSupported(Id, mechanism, rule, "Refills covered enough days.", EvidenceGrade.ExpertOpinion));
        }
    }
}
