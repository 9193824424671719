#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus

// A custom evaluator, for people without Jupyter: the same steps as samples/Notebooks/custom-evaluator.ipynb. Write an
// evaluator against the public API (the ResistanceEvaluator base), register it next to the lupus module, and run it on
// two hand-built patients and on the synthetic demo cohort. samples/CustomEvaluator is the longer walkthrough.
//
//   dotnet run samples/Scripts/custom-evaluator.cs      (from the repository root)
//
// Research tool, not a medical device. Every patient here is synthetic.

using System.Runtime.CompilerServices;
using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using static System.FormattableString;

// 1. Register: Build() checks that the evaluator's mechanisms exist in the catalog and that its id is unique.
var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .AddEvaluator(new RefillEvaluator())
    .Build();

// 2. Two patients on hydroxychloroquine: one whose refills covered 61 % of days, one without refill records.
var asOf = new DateOnly(2025, 6, 30);
foreach (var patient in new[] { Patient("refills-61", 61m), Patient("no-refills", null) })
{
    var assessment = pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf });
    Console.WriteLine($"Patient {assessment.Subject}: {Answer(assessment.Verdict!.Answer)}");
    foreach (var finding in assessment.Findings.Where(f => f.Evaluator == RefillEvaluator.EvaluatorId))
    {
        Console.WriteLine($"  {Status(finding.Status)}: {finding.Summary}");
        if (finding.Gap is { } gap)
        {
            Console.WriteLine($"  would settle it: {gap.Datum}");
        }
    }
}

// 3. The same evaluator over the demo cohort: its findings by status.
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
await using (var stream = File.OpenRead(Path.Combine(RepositoryRoot(), "seeds", "demo-cohort.jsonl")))
{
    await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(stream))
    {
        foreach (var finding in outcome.Assessment?.Findings.Where(f => f.Evaluator == RefillEvaluator.EvaluatorId) ?? [])
        {
            counts[Status(finding.Status)] = counts.GetValueOrDefault(Status(finding.Status)) + 1;
        }
    }
}

Console.WriteLine();
Console.WriteLine("Demo cohort, refill findings by status: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
return 0;

static PatientProfile Patient(string subject, decimal? refillPercent) => new()
{
    Subject = SubjectId.Create(subject),
    BirthYear = 1988,
    Sex = Sex.Female,
    Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 9, 1) }],
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
        ? [new RefillAdherence { Therapy = TherapyId.Hydroxychloroquine, From = new DateOnly(2024, 12, 1), To = new DateOnly(2025, 5, 31), ProportionOfDaysCovered = Percentage.FromPercent(percent) }]
        : [],
};

static string Answer(ResistanceAnswer answer) => answer switch
{
    ResistanceAnswer.Shown => "resistance shown",
    ResistanceAnswer.NotShown => "resistance not shown",
    _ => "cannot tell yet",
};

static string Status(FindingStatus status) => status switch
{
    FindingStatus.Supported => "supported",
    FindingStatus.NotSupported => "not supported",
    _ => "unknown",
};

static string RepositoryRoot([CallerFilePath] string sourceFile = "")
{
    for (var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? "."); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            return directory.FullName;
        }
    }

    return Environment.CurrentDirectory;
}

/// <summary>
/// Non-adherence from refill records: for each course running on the evaluation date, the latest refill period's
/// proportion of days covered against the usual 80 % cut-off (Karve 2009, claims data outside autoimmune disease, hence
/// the grade "extrapolated"). Stateless, like every evaluator: one instance serves every patient on every thread.
/// </summary>
internal sealed class RefillEvaluator() : ResistanceEvaluator(
    "notebook.refill-adherence", "Non-adherence from refill records (proportion of days covered)", LupusIds.Sle, [NonAdherence], [Karve2009])
{
    public static readonly EvaluatorId EvaluatorId = EvaluatorId.Create("notebook.refill-adherence");

    private const decimal CutOff = 80m;

    private static readonly MechanismId NonAdherence = MechanismCatalog.CoreId(MechanismCategory.NonAdherence);

    private static readonly RuleId Rule = RuleId.Create("notebook.refill-adherence.below-80-percent");

    private static readonly Citation Karve2009 = new(
        "Karve S, Cleves MA, Helm M, Hudson TJ, West DS, Martin BC",
        2009,
        "Good and poor adherence: optimal cut-point for adherence measures using administrative claims data",
        "Curr Med Res Opin 2009;25(9):2303-10",
        doi: "10.1185/03007990903126833");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        for (var c = 0; c < patient.Therapies.Length; c++)
        {
            var course = patient.Therapies[c];
            if (!course.IsActiveOn(context.AsOf))
            {
                continue;
            }

            // The latest refill period of this therapy that ended by the evaluation date, if any.
            var latest = -1;
            for (var r = 0; r < patient.RefillAdherence.Length; r++)
            {
                var candidate = patient.RefillAdherence[r];
                if (candidate.Therapy == course.Therapy && candidate.To <= context.AsOf && (latest < 0 || candidate.To > patient.RefillAdherence[latest].To))
                {
                    latest = r;
                }
            }

            if (latest < 0)
            {
                var gap = new DataGap { Datum = Invariant($"refill records for {course.Therapy}"), Path = "$.refillAdherence" };
                output.Add(Unknown(NonAdherence, Rule, Invariant($"No refill record for {course.Therapy}: adherence cannot be judged from refills."), EvidenceGrade.Extrapolated, gap) with
                {
                    Therapy = course.Therapy,
                    Facts = [$"$.therapies[{c}]"],
                    Citations = [Karve2009],
                });
                continue;
            }

            var refill = patient.RefillAdherence[latest];
            var covered = refill.ProportionOfDaysCovered.Value;
            var threshold = new AppliedThreshold { Name = "proportion of days covered", Operator = ComparisonOperator.LessThan, Limit = CutOff, Unit = QuantityUnit.Percent, Observed = covered };
            var text = Invariant($"Refills of {course.Therapy} covered {covered} % of days up to {refill.To:yyyy-MM-dd}");
            var finding = threshold.IsMet == true
                ? Supported(NonAdherence, Rule, Invariant($"{text}, below the {CutOff} % cut-off."), EvidenceGrade.Extrapolated)
                : NotSupported(NonAdherence, Rule, Invariant($"{text}, at or above the {CutOff} % cut-off."), EvidenceGrade.Extrapolated);
            output.Add(finding with
            {
                Therapy = course.Therapy,
                On = refill.To,
                Facts = [$"$.therapies[{c}]", $"$.refillAdherence[{latest}]"],
                Thresholds = [threshold],
                Citations = [Karve2009],
            });
        }
    }
}
